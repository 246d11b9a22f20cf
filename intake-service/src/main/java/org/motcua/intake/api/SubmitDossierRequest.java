package org.motcua.intake.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dossier handed in at a desk or by an integrating system. */
@Schema(description = "Hồ sơ nộp tại bộ phận một cửa hoặc từ hệ thống tích hợp (Cổng DVCQG)")
public record SubmitDossierRequest(
        @Schema(description = "Mã thủ tục hành chính trong danh mục", example = "1.001193")
        @NotBlank @Size(max = 40) String procedureCode,
        @Schema(description = "Mã đơn vị tiếp nhận (5 chữ số)", example = "21025")
        @NotBlank @Pattern(regexp = "[0-9]{5}", message = "phải gồm 5 chữ số") String receivingUnitCode,
        @Schema(description = "Kênh nộp: COUNTER (quầy), ONLINE (Cổng DVCQG), POSTAL (bưu chính); mặc định theo vai trò",
                enumeration = { "COUNTER", "ONLINE", "POSTAL" })
        @Pattern(regexp = "COUNTER|ONLINE|POSTAL", message = "phải là COUNTER, ONLINE hoặc POSTAL") String channel,
        @Schema(description = "Người nộp hồ sơ") @NotNull @Valid ApplicantRequest applicant,
        @Schema(description = "Mã hồ sơ của hệ thống gửi (ví dụ mã trên Cổng DVCQG)")
        @Size(max = 100) String externalReference) {

    /** The applicant. */
    public record ApplicantRequest(
            @Schema(description = "Họ và tên", example = "Nguyễn Thị Hồng Nhung")
            @NotBlank @Size(max = 200) String fullName,
            @Schema(description = "Số định danh cá nhân (12 chữ số); chỉ lưu dạng băm và che", example = "051190001234")
            @Pattern(regexp = "[0-9]{12}", message = "phải gồm 12 chữ số") String citizenId,
            @Schema(description = "Thư điện tử để nhận thông báo", example = "nhung.nguyen@example.vn")
            @jakarta.validation.constraints.Email @Size(max = 200) String email,
            @Schema(description = "Số điện thoại di động", example = "0912345678")
            @Pattern(regexp = "\\+?[0-9]{9,15}", message = "không phải số điện thoại") String phone) {
    }
}
