package org.motcua.platformkit.transaction;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * What a transaction has already read, kept for the rest of it: a consumer applying a poll of events in one
 * transaction then reads reference data (a unit's staffing, say) once per poll instead of once per event, each
 * read a round trip to the database. Outside a transaction nothing is kept.
 */
@ApplicationScoped
public class TransactionMemo {

    private final TransactionSynchronizationRegistry transactions;

    TransactionMemo(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** The key's value in this transaction: computed on the first call, the same object after that. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        if (transactions.getTransactionKey() == null) {
            return compute.get();
        }
        Key memoKey = new Key(key);
        Object value = transactions.getResource(memoKey);
        if (value == null) {
            value = compute.get();
            transactions.putResource(memoKey, value);
        }
        return (T) value;
    }

    /** The key's value if this transaction computed it already. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> ifKept(Object key) {
        if (transactions.getTransactionKey() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((T) transactions.getResource(new Key(key)));
    }

    /** Keeps the memo's entries apart from other resources of the transaction. */
    private record Key(Object key) {
    }
}
