package org.motcua.platformkit.transaction;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;

/** Something to do when the transaction ends: only if it committed (wake a worker), or whatever the outcome. */
public record AfterCompletion(Runnable action, boolean onlyOnCommit) implements Synchronization {

    /** Runs the action once the transaction has committed. */
    public static AfterCompletion onCommit(Runnable action) {
        return new AfterCompletion(action, true);
    }

    /** Runs the action when the transaction ends, committed or not. */
    public static AfterCompletion always(Runnable action) {
        return new AfterCompletion(action, false);
    }

    @Override
    public void beforeCompletion() {
        // nothing before
    }

    @Override
    public void afterCompletion(int status) {
        if (!onlyOnCommit || status == Status.STATUS_COMMITTED) {
            action.run();
        }
    }
}
