package org.motcua.platformkit.outbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The position the outbox relay reads from: every row at or below it is sent, or belongs to a transaction
 * that ended without committing it. Reading from it, the relay no longer walks the index entries of the
 * rows it has already sent (thousands between two vacuums at hundreds of events a second).
 *
 * <p>Why it is safe. Positions come from one sequence. A row at or below a position {@code M} that a read
 * saw took its position before {@code M}'s row committed, so before that read's snapshot, and its writer had
 * its transaction id by then ({@code outbox_next_position()} makes sure). If that writer had not committed
 * by the snapshot, it was still running when the read looked at this database's running transactions, just
 * after (or it ended in between, before the next read). So once every one of those transactions has ended
 * before a later read's snapshot, that read, still from the old floor, sees every such row there is; once
 * it has sent them, the floor moves to {@code M}. A transaction kept open holds the floor below its row
 * (and the relay reads a little more) until it ends; other databases' transactions do not.
 */
@ApplicationScoped
public class ReadFloor {

    /** Marks kept while a long transaction holds the floor: dropping the older ones only slows it down. */
    static final int MAX_MARKS = 1000;

    /**
     * What a read knew of transactions (32-bit transaction ids): its snapshot's {@code xmax} and the ids it
     * saw in progress, and the transactions of this database that were running just after it.
     */
    public record Transactions(long xmax, Set<Long> inProgress, Set<Long> runningHere) {

        /** Whether the transaction had ended before this read's snapshot (committed ones are visible to it). */
        boolean ended(long xid) {
            return (int) (xid - xmax) < 0 && !inProgress.contains(xid); // modulo 2^32, as PostgreSQL compares
        }
    }

    /** A position a read saw, and the transactions of this database that may still write below it. */
    private record Mark(long position, Set<Long> writers) {
    }

    private final Deque<Mark> marks = new ArrayDeque<>();
    private long position;

    /** Rows at or below this position need not be read again. */
    public synchronized long position() {
        return position;
    }

    /**
     * Takes a read whose rows were sent and marked in a committed transaction.
     *
     * @param lastPosition the highest position it read, or 0 if it read none
     * @param complete     whether it read every unsent row it could see above the floor (not cut by the batch size)
     * @param transactions what it knew of the transactions running
     */
    public synchronized void read(long lastPosition, boolean complete, Transactions transactions) {
        while (!marks.isEmpty() && marks.peekFirst().writers().stream().allMatch(transactions::ended)) {
            Mark mark = marks.peekFirst();
            if (!complete && mark.position() > lastPosition) {
                position = Math.max(position, lastPosition);
                break;
            }
            position = Math.max(position, mark.position());
            marks.removeFirst();
        }
        if (lastPosition > position) {
            if (marks.size() >= MAX_MARKS) {
                // the new mark's writers include every one of the last mark's still running: it covers its rows
                marks.removeLast();
            }
            marks.addLast(new Mark(lastPosition, Set.copyOf(transactions.runningHere())));
        }
    }

    /** Moves the floor below a row found unsent under it, so that the next read sends it (late). */
    public synchronized void lowerBelow(long rowPosition) {
        position = Math.min(position, rowPosition - 1);
        marks.clear();
    }
}
