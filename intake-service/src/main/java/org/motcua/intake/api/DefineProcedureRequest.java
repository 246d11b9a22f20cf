package org.motcua.intake.api;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A province-admin's definition of a catalog entry; it becomes the entry's new version. */
public record DefineProcedureRequest(
        @NotBlank @Size(max = 2000) @Schema(example = "Thủ tục đăng ký khai sinh") String name,
        @NotBlank @Size(max = 300) @Schema(example = "Hộ tịch") String field,
        @NotBlank @Schema(example = "UBND cấp xã") String competentAuthority,
        @NotNull @Pattern(regexp = "ANY_COMMUNE|RESIDENCE_COMMUNE|LAND_COMMUNE|PROVINCIAL_AGENCY")
        String competenceRule,
        @Size(max = 300) @Schema(description = "Bắt buộc với PROVINCIAL_AGENCY") String competentAgency,
        @NotNull @Valid LegalTimeRequest legalTime,
        @Min(0) Integer remoteLegalTimeAmount,
        @NotNull @Size(max = 2000) String feeText,
        @NotNull @DecimalMin("0.0") @DecimalMax("1000.0") @Digits(integer = 4, fraction = 2) BigDecimal effortHours,
        @NotNull @NotEmpty @Valid List<DocumentRequest> requiredDocuments) {

    /** A legal time. */
    public record LegalTimeRequest(@Min(0) int amount,
            @NotNull @Pattern(regexp = "SAME_DAY|WORKING_DAYS|WORKING_HOURS|CALENDAR_DAYS") String unit) {
    }

    /** A required paper; {@code replacedBy} names the databases that hold it (then nobody hands it in). */
    public record DocumentRequest(@NotBlank @Size(max = 1000) String name,
            List<@Pattern(regexp = "POPULATION|CIVIL_STATUS|LAND|SOCIAL_INSURANCE|BUSINESS|CRIMINAL_RECORD|VEHICLE|"
                    + "DRIVING_LICENCE|PASSPORT|HEALTH|CHILDREN") String> replacedBy,
            @Size(max = 1000) String legalBasis) {
    }
}
