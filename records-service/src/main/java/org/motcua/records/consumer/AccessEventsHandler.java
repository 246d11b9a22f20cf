package org.motcua.records.consumer;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.motcua.platformkit.inbox.Inbox;
import org.motcua.platformkit.inbox.ReplayableConsumer;
import org.motcua.platformkit.security.OperationsAudit;
import org.motcua.platformkit.time.ProvinceTime;
import org.motcua.records.service.audit.AuditLog;
import org.motcua.records.service.audit.AuditedOperations;

import io.smallrye.common.annotation.Blocking;

/**
 * Writes the reads of dossiers' personal data that the other services announce (intake's dossier and papers,
 * notification's messages) to the audit log, beside records' own: who, which dossier, through which endpoint, when.
 * And the operations team's actions on their events (dead letters listed or replayed, events published again).
 */
@ApplicationScoped
public class AccessEventsHandler implements ReplayableConsumer {

    static final String CONSUMER = "records";
    static final String INTAKE_READ = "org.motcua.intake.personal-data-read.v1";
    static final String NOTIFICATION_READ = "org.motcua.notification.personal-data-read.v1";
    /** {@code org.motcua.<service>.operation-performed.v1}, from intake, routing and notification. */
    static final String OPERATION_PERFORMED = ".operation-performed.v1";

    private final Inbox inbox;
    private final AuditLog audit;
    private final AuditedOperations operations;

    AccessEventsHandler(Inbox inbox, AuditLog audit, AuditedOperations operations) {
        this.inbox = inbox;
        this.audit = audit;
        this.operations = operations;
    }

    @Override
    public String channel() {
        return "access-events";
    }

    /** Its dead letters, replayed ({@code DeadLetterReplay}), are applied as the records it consumes. */
    @Override
    public void apply(ConsumerRecords<String, String> records) {
        onAccessEvents(records);
    }

    @Incoming("access-events")
    @Blocking
    public void onAccessEvents(ConsumerRecords<String, String> records) {
        inbox.receiveAll(CONSUMER, records, event -> {
            String service = event.source().substring(event.source().lastIndexOf('/') + 1);
            if (INTAKE_READ.equals(event.type()) || NOTIFICATION_READ.equals(event.type())) {
                PersonalDataRead read = event.data(PersonalDataRead.class);
                audit.append(read.actor(), AuditLog.Action.PERSONAL_DATA_READ, "dossier", read.dossierId().toString(),
                        service + ": " + read.endpoint() + ", lúc " + ProvinceTime.forPeople(read.readAt()));
            } else if (event.type().endsWith(OPERATION_PERFORMED)) {
                OperationPerformed performed = event.data(OperationPerformed.class);
                operations.append(service, performed.actor(), performed.operation(), performed.target(),
                        performed.detail() + ", lúc " + ProvinceTime.forPeople(performed.performedAt()));
            }
        });
    }

    /** The fields of {@code OperationPerformed}. */
    public record OperationPerformed(@NotNull OperationsAudit.Operation operation, @NotBlank String target,
            @NotBlank String actor, @NotBlank String detail, @NotNull Instant performedAt) {
    }

    /** The fields of {@code PersonalDataRead}. */
    public record PersonalDataRead(@NotNull UUID dossierId, @NotBlank String actor, @NotBlank String endpoint,
            @NotNull Instant readAt) {
    }
}
