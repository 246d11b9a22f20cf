package org.motcua.intake.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.intake.domain.Dossier;
import org.motcua.intake.domain.DossierStatusChange;

/** A dossier as intake holds it; the citizen ID only masked. */
public record DossierView(
        UUID id,
        @Schema(description = "Mã số hồ sơ", example = "21025-261129-0001") String code,
        String procedureCode,
        @Schema(description = "Phiên bản danh mục khi tiếp nhận") int procedureVersion,
        String receivingUnitCode,
        String channel,
        String status,
        ApplicantView applicant,
        String externalReference,
        Instant submittedAt,
        @Schema(description = "Lịch sử trạng thái") List<StatusChangeView> history) {

    static DossierView of(Dossier dossier, List<DossierStatusChange> history) {
        return new DossierView(dossier.id(), dossier.code(), dossier.procedureCode(), dossier.procedureVersion(),
                dossier.receivingUnitCode(),
                dossier.channel().name(), dossier.status().name(),
                new ApplicantView(dossier.applicant().fullName(), dossier.applicant().citizenIdMasked(),
                        dossier.applicant().email(), dossier.applicant().phone()),
                dossier.externalReference(), dossier.submittedAt(),
                history.stream().map(c -> new StatusChangeView(c.from() == null ? null : c.from().name(), c.to().name(),
                        c.changedAt(), c.actor(), c.note())).toList());
    }

    public record ApplicantView(String fullName,
            @Schema(description = "Số định danh đã che", example = "*********234") String citizenIdMasked,
            String email, String phone) {
    }

    public record StatusChangeView(String from, String to, Instant at, String actor, String note) {
    }
}
