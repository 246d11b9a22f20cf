package org.motcua.intake.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.motcua.intake.domain.AdministrativeUnit;
import org.motcua.intake.domain.Applicant;
import org.motcua.intake.domain.Channel;
import org.motcua.intake.domain.CompetenceRule;
import org.motcua.intake.domain.Dossier;
import org.motcua.intake.domain.DossierDocument;
import org.motcua.intake.domain.DossierRepository;
import org.motcua.intake.domain.DossierStatusChange;
import org.motcua.intake.publisher.DossierEvents;
import org.motcua.platformkit.deadline.LegalTime;
import org.motcua.platformkit.security.CitizenIds;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Receives a dossier: checks it against the catalog version in force ({@link SubmissionRules}), fetches from national
 * databases every paper they replace ({@link RegistryPapers}, never asking the applicant for it, outside any database
 * transaction), gives it its code ({@link DossierNumbering}) and appointment date, stores it and announces
 * {@code DossierSubmitted}; a retried request is answered with the dossier it was given ({@link SubmissionReplay}).
 */
@ApplicationScoped
public class SubmitDossierService {

    private static final Logger LOG = Logger.getLogger(SubmitDossierService.class);

    private final SubmissionReplay replay;
    private final SubmissionRules rules;
    private final RegistryPapers registryPapers;
    private final DossierNumbering numbering;
    private final CatalogCache catalog;
    private final DossierRepository dossiers;
    private final DossierEvents events;
    private final DossierDeadlines deadlines;
    private final CalendarNotices calendarNotices;
    private final CitizenIds citizenIds;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    SubmitDossierService(SubmissionReplay replay, SubmissionRules rules, RegistryPapers registryPapers,
            DossierNumbering numbering, CatalogCache catalog, DossierRepository dossiers, DossierEvents events,
            DossierDeadlines deadlines, CalendarNotices calendarNotices, CitizenIds citizenIds, Clock clock) {
        this.replay = replay;
        this.rules = rules;
        this.registryPapers = registryPapers;
        this.numbering = numbering;
        this.catalog = catalog;
        this.dossiers = dossiers;
        this.events = events;
        this.deadlines = deadlines;
        this.calendarNotices = calendarNotices;
        this.citizenIds = citizenIds;
        this.clock = clock;
    }

    /** The dossier received (or received earlier under the same idempotency key) and its history. */
    public record Submitted(Dossier dossier, List<DossierStatusChange> history) {
    }

    /** How the caller may submit: its default channel and the channels it may use. */
    public record Caller(String name, Channel defaultChannel, List<Channel> allowedChannels) {
    }

    /**
     * Receives the dossier. With an idempotency key, the same key and body give the same dossier and the
     * same key with another body is a conflict.
     */
    public Submitted submit(NewDossier input, Caller caller, String idempotencyKey, String requestHash) {
        if (idempotencyKey != null) {
            Optional<Submitted> earlier = replay.earlier(caller.name(), idempotencyKey, requestHash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        long started = System.nanoTime();
        // No transaction: the catalog comes from the cache, which opens one only to load.
        SubmissionPlan plan = rules.check(input, caller);
        long planned = System.nanoTime();
        FetchedPapers fetched = registryPapers.fetch(plan, input);
        long fetchedAt = System.nanoTime();
        String code = numbering.next(plan.receivingUnit().code(), plan.receivedAt());
        try {
            Submitted stored = QuarkusTransaction.requiringNew().call(() -> store(plan, code, input, fetched, caller,
                    idempotencyKey, requestHash));
            if (LOG.isDebugEnabled()) {
                long done = System.nanoTime();
                LOG.debugf("submission %s: check %d ms, registries %d ms, store %d ms", code, (planned - started) / 1_000_000,
                        (fetchedAt - planned) / 1_000_000, (done - fetchedAt) / 1_000_000);
            }
            return stored;
        } catch (RuntimeException e) {
            if (idempotencyKey != null) {
                // a concurrent request with the same key won the race
                Optional<Submitted> earlier = replay.earlier(caller.name(), idempotencyKey, requestHash);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            throw e;
        }
    }

    @SuppressWarnings("java:S107")
    private Submitted store(SubmissionPlan plan, String code, NewDossier input, FetchedPapers fetched, Caller caller,
            String idempotencyKey, String requestHash) {
        Instant receivedAt = plan.receivedAt();
        String citizenId = input.applicantCitizenId();
        Applicant applicant = new Applicant(input.applicantFullName().trim(),
                citizenId == null ? null : citizenIds.hash(citizenId),
                citizenId == null ? null : CitizenIds.mask(citizenId), input.applicantEmail(), input.applicantPhone());
        LegalTime catalogued = plan.procedure().legalTimeFor(competenceUnitIsRemote(plan, fetched));
        LegalTime legalTime = catalogued != null ? catalogued : input.enteredLegalTime();
        DossierDeadlines.Result appointment = deadlines.appointment(receivedAt, legalTime, plan.receivingUnit());
        String deadlineNote = catalogued != null ? appointment.note() : join("Thời hạn giải quyết do " + caller.name()
                + " nhập theo " + input.enteredLegalTimeBasis().trim() + " (danh mục chưa công bố thời hạn)", appointment.note());
        boolean pending = fetched.documents().stream().anyMatch(DossierDocument::pending);
        Dossier.Received received = Dossier.receive(new Dossier.Intake(code, plan.procedure(), plan.receivingUnit(),
                plan.channel(), applicant, input.externalReference(), fetched.residenceUnitCode(), fetched.landUnitCode(),
                fetched.documents(), receivedAt, caller.name()), legalTime, appointment.deadline(), deadlineNote,
                pending ? deadlines.supplementationDue(receivedAt, plan.channel(), plan.receivingUnit()) : null);
        dossiers.persist(received);
        if (received.dossier().deadlineProvisional()) {
            calendarNotices.provisionalAppointment(received.dossier());
        }
        if (idempotencyKey != null) {
            dossiers.remember(caller.name(), idempotencyKey, requestHash, received.dossier().id(), clock.instant());
        }
        events.submitted(received.dossier(), plan.procedure());
        return new Submitted(received.dossier(), List.of(received.firstChange()));
    }

    private static String join(String first, String second) {
        return second == null ? first : first + ". " + second;
    }

    /** Remote communes get the longer limits: the commune that is competent decides, else the receiving one. */
    private boolean competenceUnitIsRemote(SubmissionPlan plan, FetchedPapers fetched) {
        CompetenceRule rule = plan.procedure().competenceRule();
        String unitCode = rule == CompetenceRule.LAND_COMMUNE && fetched.landUnitCode() != null ? fetched.landUnitCode()
                : rule == CompetenceRule.RESIDENCE_COMMUNE && fetched.residenceUnitCode() != null
                        ? fetched.residenceUnitCode() : plan.receivingUnit().code();
        return catalog.unit(unitCode).map(AdministrativeUnit::remote).orElse(false);
    }
}
