package org.motcua.records.service.audit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/** Seals the audit log's last entry with a signed checkpoint every few minutes ({@code motcua.audit.seal-every}). */
@ApplicationScoped
public class AuditSealer {

    private final AuditLog log;

    AuditSealer(AuditLog log) {
        this.log = log;
    }

    @Scheduled(every = "${motcua.audit.seal-every:5m}", delayed = "${motcua.audit.seal-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "audit-seal")
    void seal() {
        log.seal();
    }
}
