package org.motcua.records.service.audit;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.OperationsAudit;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The operations team's actions on the services' events, in the audit log: records-service's own straight away,
 * the other services' as they announce them ({@code operation-performed} events).
 */
@ApplicationScoped
public class AuditedOperations implements OperationsAudit {

    private static final Logger LOG = Logger.getLogger("motcua.operations");

    private final AuditLog audit;
    private final Caller caller;

    AuditedOperations(AuditLog audit, Caller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @Override
    public void record(Operation operation, String target, String detail) {
        String actor = caller.name();
        QuarkusTransaction.joiningExisting().run(() -> append("records", actor, operation, target, detail));
        LOG.infof("%s on %s by %s: %s", operation, target, actor, detail);
    }

    /** Appends one service's operation in the current transaction: on a dossier, or on dead-letter topics. */
    public void append(String service, String actor, Operation operation, String target, String detail) {
        String subjectType = operation == Operation.EVENTS_REPUBLISHED ? "dossier" : "dead-letter-topic";
        audit.append(actor, AuditLog.Action.valueOf(operation.name()), subjectType, target, service + ": " + detail);
    }
}
