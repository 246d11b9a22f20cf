package org.motcua.records.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.platformkit.validation.CitizenId;

/** The citizen ID whose results are asked for, and the dossier they would be reused in. */
@Schema(name = "ApplicantLookup")
public record ResultsLookupRequest(@NotBlank @CitizenId String citizenId,
        @Schema(description = "Hồ sơ đang tiếp nhận hoặc giải quyết của người nộp này; bắt buộc trừ kiểm toán viên")
        UUID dossierId) {
}
