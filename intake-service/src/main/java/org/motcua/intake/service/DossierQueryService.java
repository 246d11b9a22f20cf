package org.motcua.intake.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.intake.domain.AdministrativeUnitRepository;
import org.motcua.intake.domain.Dossier;
import org.motcua.intake.domain.DossierRepository;
import org.motcua.intake.domain.DossierStatusChange;
import org.motcua.intake.domain.ProcedureRepository;
import org.motcua.platformkit.problem.ResourceNotFoundException;

/** Reads dossiers as intake holds them. */
@ApplicationScoped
public class DossierQueryService {

    private final DossierRepository dossiers;
    private final ProcedureRepository procedures;
    private final AdministrativeUnitRepository units;

    DossierQueryService(DossierRepository dossiers, ProcedureRepository procedures, AdministrativeUnitRepository units) {
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.units = units;
    }

    @Transactional
    public Dossier get(UUID id) {
        Dossier dossier = dossiers.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("Hồ sơ", id));
        dossier.documents();
        return dossier;
    }

    @Transactional
    public List<DossierStatusChange> history(UUID id) {
        return dossiers.history(id);
    }

    /** A person's dossiers and the history of each, the newest first, at most {@code limit} (documents loaded). */
    public record ApplicantDossiers(List<Dossier> dossiers, Map<UUID, List<DossierStatusChange>> histories) {
    }

    @Transactional
    public ApplicantDossiers ofApplicant(String applicantReference, int limit) {
        List<Dossier> found = dossiers.ofApplicant(applicantReference, limit);
        return new ApplicantDossiers(found, dossiers.histories(found.stream().map(Dossier::id).toList()));
    }

    /** What the public may know of a dossier. */
    public record PublicStatus(String code, String procedureName, String status, String statusText,
            String receivingUnit, java.time.Instant receivedAt, java.time.Instant dueAt, boolean dueAtProvisional) {
    }

    /** The public status of a dossier by its code: no personal data. */
    @Transactional
    public PublicStatus publicStatus(String code) {
        Dossier dossier = dossiers.byCode(code).orElseThrow(() -> new ResourceNotFoundException("Hồ sơ", code));
        String procedureName = procedures.version(dossier.procedureCode(), dossier.procedureVersion())
                .map(p -> p.name()).orElse(dossier.procedureCode());
        String unit = units.findByIdOptional(dossier.receivingUnitCode()).map(u -> u.fullName())
                .orElse(dossier.receivingUnitCode());
        return new PublicStatus(dossier.code(), procedureName, dossier.status().name(), switch (dossier.status()) {
            case RECEIVED -> "Đã tiếp nhận";
            case SUPPLEMENTATION_REQUESTED -> "Cần bổ sung hồ sơ: vui lòng liên hệ nơi nộp";
            case RESOLVED -> "Đã giải quyết, chờ trả kết quả";
            case REFUSED -> "Từ chối giải quyết";
            case RESULT_RETURNED -> "Đã trả kết quả";
            case WITHDRAWN -> "Đã dừng giải quyết theo đề nghị của người nộp";
        }, unit, dossier.submittedAt(), dossier.dueAt(), dossier.deadlineProvisional());
    }
}
