package org.motcua.intake.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.intake.domain.AdministrativeUnit;
import org.motcua.intake.domain.Applicant;
import org.motcua.intake.domain.Channel;
import org.motcua.intake.domain.CompetenceRule;
import org.motcua.intake.domain.Dossier;
import org.motcua.intake.domain.DossierCode;
import org.motcua.intake.domain.DossierCodeSequence;
import org.motcua.intake.domain.DossierDocument;
import org.motcua.intake.domain.DossierRepository;
import org.motcua.intake.domain.DossierStatusChange;
import org.motcua.intake.domain.ProcedureVersion;
import org.motcua.intake.domain.Registry;
import org.motcua.intake.domain.RequiredDocument;
import org.motcua.intake.publisher.DossierEvents;
import org.motcua.intake.service.registry.NationalDataGateway;
import org.motcua.intake.service.registry.RegistryLookup;
import org.motcua.platformkit.data.VietnameseText;
import org.motcua.platformkit.deadline.LegalTime;
import org.motcua.platformkit.problem.ConflictException;
import org.motcua.platformkit.problem.FieldProblem;
import org.motcua.platformkit.problem.RuleViolationException;
import org.motcua.platformkit.security.CitizenIds;
import org.motcua.platformkit.time.ProvinceTime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Receives a dossier: checks it against the catalog version in force, fetches from national databases
 * every paper they replace (never asking the applicant for it), gives it its code and appointment date,
 * stores it and announces {@code DossierSubmitted}. Registry calls run outside any database transaction.
 */
@ApplicationScoped
public class SubmitDossierService {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(SubmitDossierService.class);

    private final CatalogCache catalog;
    private final DossierRepository dossiers;
    private final DossierCodeSequence codeSequence;
    private final DossierEvents events;
    private final NationalDataGateway gateway;
    private final DossierDeadlines deadlines;
    private final CalendarNotices calendarNotices;
    private final CitizenIds citizenIds;
    private final ObjectMapper json;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    SubmitDossierService(CatalogCache catalog, DossierRepository dossiers, DossierCodeSequence codeSequence,
            DossierEvents events,
            NationalDataGateway gateway, DossierDeadlines deadlines, CalendarNotices calendarNotices, CitizenIds citizenIds,
            ObjectMapper json, Clock clock) {
        this.calendarNotices = calendarNotices;
        this.catalog = catalog;
        this.dossiers = dossiers;
        this.codeSequence = codeSequence;
        this.events = events;
        this.gateway = gateway;
        this.deadlines = deadlines;
        this.citizenIds = citizenIds;
        this.json = json;
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
            Optional<Submitted> earlier = earlierSubmission(caller.name(), idempotencyKey, requestHash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        long started = System.nanoTime();
        // No transaction: the catalog comes from the cache, which opens one only to load.
        Plan plan = plan(input, caller);
        long planned = System.nanoTime();
        Fetched fetched = fetch(plan, input);
        long fetchedAt = System.nanoTime();
        // The number is committed on its own: the agency's sequence row is locked only for the increment,
        // not while the dossier is written (a failed write leaves a gap; a number is never reused).
        String agency = plan.receivingUnit().code();
        java.time.LocalDate day = ProvinceTime.localDate(plan.receivedAt());
        String code = DossierCode.of(agency, day, codeSequence.next(agency, day));
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
                Optional<Submitted> earlier = earlierSubmission(caller.name(), idempotencyKey, requestHash);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            throw e;
        }
    }

    private Optional<Submitted> earlierSubmission(String caller, String key, String requestHash) {
        return QuarkusTransaction.requiringNew().call(() -> dossiers.remembered(caller, key).map(remembered -> {
            if (!remembered.requestHash().equals(requestHash)) {
                throw new ConflictException("idempotency-key-reused",
                        "Idempotency-Key này đã được dùng cho một hồ sơ khác nội dung");
            }
            Dossier dossier = dossiers.findById(remembered.dossierId());
            dossier.documents();
            return new Submitted(dossier, dossiers.history(dossier.id()));
        }));
    }

    /** What the checks established: the catalog version, the units, the papers to fetch. */
    private record Plan(ProcedureVersion procedure, AdministrativeUnit receivingUnit, Channel channel, Instant receivedAt,
            List<RequiredDocument> applicantPapers, List<RequiredDocument> databasePapers) {
    }

    private record Fetched(List<DossierDocument> documents, String residenceUnitCode, String landUnitCode) {
    }

    private Plan plan(NewDossier input, Caller caller) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<ProcedureVersion> found = catalog.currentVersion(input.procedureCode());
        if (found.isEmpty()) {
            problems.add(new FieldProblem("procedureCode", "không có thủ tục này trong danh mục"));
        } else if (found.get().competenceRule() == null) {
            problems.add(new FieldProblem("procedureCode",
                    "danh mục chưa có thẩm quyền giải quyết của thủ tục này: quản trị tỉnh cần bổ sung trước khi tiếp nhận"));
        } else if (found.get().legalTimeFor(false) == null) {
            if (input.enteredLegalTime() == null) {
                problems.add(new FieldProblem("legalTime", "thủ tục chưa công bố thời hạn giải quyết: nhập thời hạn theo"
                        + " văn bản công bố (kèm văn bản), hoặc đề nghị quản trị tỉnh bổ sung danh mục"));
            } else if (input.enteredLegalTimeBasis() == null || input.enteredLegalTimeBasis().isBlank()) {
                problems.add(new FieldProblem("legalTimeBasis", "cần ghi văn bản công bố thời hạn đã nhập"));
            }
        } else if (input.enteredLegalTime() != null) {
            problems.add(new FieldProblem("legalTime", "danh mục đã có thời hạn giải quyết của thủ tục này: không nhập"));
        }
        Optional<AdministrativeUnit> unit = catalog.unit(input.receivingUnitCode());
        if (unit.isEmpty()) {
            problems.add(new FieldProblem("receivingUnitCode", "không có đơn vị này trong tỉnh"));
        }
        if (input.residenceUnitCode() != null && catalog.unit(input.residenceUnitCode()).isEmpty()) {
            problems.add(new FieldProblem("residenceUnitCode", "không có đơn vị này trong tỉnh"));
        }
        Channel channel = input.channel() == null ? caller.defaultChannel() : Channel.valueOf(input.channel());
        if (!caller.allowedChannels().contains(channel)) {
            problems.add(new FieldProblem("channel", "kênh " + channel + " không dành cho tài khoản này"));
        }
        Instant now = clock.instant();
        if (input.receivedAt() != null && input.receivedAt().isAfter(now.plusSeconds(60))) {
            problems.add(new FieldProblem("receivedAt", "thời điểm nhận hồ sơ không được ở tương lai"));
        }
        List<RequiredDocument> applicantPapers = new ArrayList<>();
        List<RequiredDocument> databasePapers = new ArrayList<>();
        if (found.isPresent()) {
            checkPapers(found.get(), input, problems, applicantPapers, databasePapers);
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException("dossier-refused", "Hồ sơ không thể tiếp nhận", problems);
        }
        return new Plan(found.get(), unit.get(), channel, input.receivedAt() == null ? now : input.receivedAt(),
                applicantPapers, databasePapers);
    }

    /** Every paper the applicant must hand in is there; none a database replaces is asked for. */
    private static void checkPapers(ProcedureVersion procedure, NewDossier input, List<FieldProblem> problems,
            List<RequiredDocument> applicantPapers, List<RequiredDocument> databasePapers) {
        List<String> handedIn = input.documents().stream().map(d -> VietnameseText.fold(d.name())).toList();
        List<String> missing = new ArrayList<>();
        for (RequiredDocument paper : procedure.documents()) {
            String folded = VietnameseText.fold(paper.name());
            if (paper.replacedByDatabase()) {
                databasePapers.add(paper);
                int index = handedIn.indexOf(folded);
                if (index >= 0) {
                    problems.add(new FieldProblem("documents[" + index + "]", "không yêu cầu nộp: dữ liệu được lấy từ "
                            + paper.replacedBy() + " (Nghị quyết 66.7/2025/NQ-CP)"));
                }
            } else {
                applicantPapers.add(paper);
                if (!handedIn.contains(folded) && !paper.conditional()) {
                    missing.add(paper.name());
                }
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new FieldProblem("documents", "thiếu thành phần hồ sơ: " + String.join("; ", missing)));
        }
        for (RequiredDocument paper : databasePapers) {
            for (Registry registry : paper.replacedBy()) {
                if (keyField(registry) != null && key(registry, input) == null && NationalDataGateway.supports(registry)) {
                    problems.add(new FieldProblem(keyField(registry), "cần để lấy \"" + paper.name() + "\" từ CSDL "
                            + registry));
                }
            }
        }
    }

    private Fetched fetch(Plan plan, NewDossier input) {
        List<DossierDocument> documents = new ArrayList<>();
        int position = 0;
        for (NewDossier.HandedIn paper : input.documents()) {
            documents.add(DossierDocument.handedIn(position++, paper.name().trim(), paper.pageCount(), plan.receivedAt()));
        }
        Map<String, RegistryLookup> asked = new HashMap<>();
        String residence = input.residenceUnitCode();
        String land = null;
        for (RequiredDocument paper : plan.databasePapers()) {
            Registry registry = paper.replacedBy().stream().filter(NationalDataGateway::supports).findFirst().orElse(null);
            if (registry == null) {
                documents.add(DossierDocument.pending(position++, paper.name(), paper.replacedBy().get(0),
                        "chưa kết nối được CSDL " + paper.replacedBy(), clock.instant()));
                continue;
            }
            String key = key(registry, input);
            RegistryLookup lookup = asked.computeIfAbsent(registry + "/" + key, k -> gateway.lookUp(registry, key));
            if (lookup.found()) {
                documents.add(DossierDocument.fetched(position++, paper.name(), registry, lookup.reference(),
                        lookup.dataJson(), lookup.at()));
                if (registry == Registry.POPULATION && residence == null) {
                    residence = text(lookup.dataJson(), "/permanentResidence/unitCode");
                }
                if (registry == Registry.LAND) {
                    land = text(lookup.dataJson(), "/unitCode");
                }
            } else {
                documents.add(DossierDocument.pending(position++, paper.name(), registry, lookup.reason(), lookup.at()));
            }
        }
        return new Fetched(documents, residence, land);
    }

    @SuppressWarnings("java:S107")
    private Submitted store(Plan plan, String code, NewDossier input, Fetched fetched, Caller caller,
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
    private boolean competenceUnitIsRemote(Plan plan, Fetched fetched) {
        CompetenceRule rule = plan.procedure().competenceRule();
        String unitCode = rule == CompetenceRule.LAND_COMMUNE && fetched.landUnitCode() != null ? fetched.landUnitCode()
                : rule == CompetenceRule.RESIDENCE_COMMUNE && fetched.residenceUnitCode() != null
                        ? fetched.residenceUnitCode() : plan.receivingUnit().code();
        return catalog.unit(unitCode).map(AdministrativeUnit::remote).orElse(false);
    }

    private static String keyField(Registry registry) {
        return switch (registry) {
            case POPULATION, CIVIL_STATUS, SOCIAL_INSURANCE -> "applicant.citizenId";
            case LAND -> "land.certificateNumber";
            case BUSINESS -> "business.taxCode";
            default -> null;
        };
    }

    private static String key(Registry registry, NewDossier input) {
        return switch (registry) {
            case POPULATION, CIVIL_STATUS, SOCIAL_INSURANCE -> input.applicantCitizenId();
            case LAND -> input.landCertificateNumber();
            case BUSINESS -> input.businessTaxCode();
            default -> null;
        };
    }

    private String text(String dataJson, String pointer) {
        try {
            JsonNode node = json.readTree(dataJson).at(pointer);
            return node.isTextual() ? node.asText() : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
