package org.motcua.platformkit.security;

/**
 * The operations team's actions on a service's events, for the audit log that records-service keeps: who listed or
 * replayed the dead letters, who published a dossier's events again, and what came of it. Each service announces
 * them ({@link AnnouncedOperations}); records-service writes its own straight to the log.
 */
public interface OperationsAudit {

    /** What the operations team did. */
    enum Operation {
        /** Read the waiting dead letters (their origin and reason, not their data). */
        DEAD_LETTERS_LISTED,
        /** Replayed dead letters: all, or those a filter chose. */
        DEAD_LETTERS_REPLAYED,
        /** Published a dossier's events again from the outbox. */
        EVENTS_REPUBLISHED
    }

    /**
     * Records an action of the caller.
     *
     * @param target what it was on: a dead-letter topic, {@code all}, or a dossier id
     * @param detail what was asked and what came of it, for people (Vietnamese)
     */
    void record(Operation operation, String target, String detail);
}
