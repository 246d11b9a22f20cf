package org.motcua.platformkit.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.junit.jupiter.api.Test;

class TransactionMemoTest {

    /** The registry's resources of one transaction at a time, as Narayana keeps them; none outside a transaction. */
    private static final class Registry implements TransactionSynchronizationRegistry {
        private Object transaction;
        private final Map<Object, Object> resources = new HashMap<>();

        void begin(Object key) {
            transaction = key;
            resources.clear();
        }

        void end() {
            transaction = null;
            resources.clear();
        }

        @Override
        public Object getTransactionKey() {
            return transaction;
        }

        @Override
        public void putResource(Object key, Object value) {
            if (transaction == null) {
                throw new IllegalStateException("no transaction");
            }
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            if (transaction == null) {
                throw new IllegalStateException("no transaction");
            }
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getTransactionStatus() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            throw new UnsupportedOperationException();
        }
    }

    private final Registry registry = new Registry();
    private final TransactionMemo memo = new TransactionMemo(registry);
    private final AtomicInteger reads = new AtomicInteger();

    private Integer read() {
        return reads.incrementAndGet();
    }

    @Test
    void aTransactionReadsOncePerKeyAndTheNextReadsAgain() {
        registry.begin("tx-1");
        assertThat(memo.<Integer>get("staffing", this::read)).isEqualTo(1);
        assertThat(memo.<Integer>get("staffing", this::read)).isEqualTo(1);
        assertThat(memo.<Integer>get("loads", this::read)).isEqualTo(2);
        assertThat(memo.<Integer>ifKept("staffing")).contains(1);
        registry.end();

        registry.begin("tx-2");
        assertThat(memo.<Integer>ifKept("staffing")).isEmpty();
        assertThat(memo.<Integer>get("staffing", this::read)).isEqualTo(3);
        registry.end();
    }

    @Test
    void outsideATransactionNothingIsKept() {
        assertThat(memo.<Integer>get("staffing", this::read)).isEqualTo(1);
        assertThat(memo.<Integer>get("staffing", this::read)).isEqualTo(2);
        assertThat(memo.<Integer>ifKept("staffing")).isEmpty();
    }

    @Test
    void itsEntriesDoNotMeetTheTransactionsOtherResources() {
        registry.begin("tx-1");
        registry.putResource("staffing", "someone else's");
        assertThat(memo.<Integer>get("staffing", this::read)).isEqualTo(1);
        assertThat(registry.getResource("staffing")).isEqualTo("someone else's");
        registry.end();
    }
}
