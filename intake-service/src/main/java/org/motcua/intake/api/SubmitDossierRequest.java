package org.motcua.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.platformkit.validation.CitizenId;

/**
 * A dossier handed in at a desk or by an integrating system. Papers a national database replaces are not
 * handed in: intake fetches them (once-only).
 */
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
        @Size(max = 100) String externalReference,
        @Schema(description = "Đơn vị nơi cư trú (nếu không có, lấy từ CSDL quốc gia về dân cư)", example = "21025")
        @Pattern(regexp = "[0-9]{5}", message = "phải gồm 5 chữ số") String residenceUnitCode,
        @Schema(description = "Thửa đất liên quan (thủ tục đất đai, xây dựng)") @Valid LandRequest land,
        @Schema(description = "Doanh nghiệp liên quan") @Valid BusinessRequest business,
        @Schema(description = "Giấy tờ người nộp đã nộp (không gồm giấy tờ đã có trong CSDL quốc gia)")
        @NotNull @Size(max = 50) List<@NotNull @Valid DocumentRequest> documents,
        @Schema(description = "Thời điểm hồ sơ đến (hồ sơ bưu chính); mặc định là lúc gửi yêu cầu")
        Instant receivedAt,
        @Schema(description = "Thời hạn giải quyết do cán bộ nhập theo văn bản công bố, chỉ khi danh mục chưa công bố"
                + " thời hạn của thủ tục") @Valid DefineProcedureRequest.LegalTimeRequest legalTime,
        @Schema(description = "Văn bản công bố thời hạn cán bộ đã nhập (bắt buộc khi nhập thời hạn)",
                example = "Quyết định 123/QĐ-UBND ngày 01/07/2025 của UBND tỉnh")
        @Size(max = 500) String legalTimeBasis) {

    /** The applicant. */
    public record ApplicantRequest(
            @Schema(description = "Họ và tên", example = "Nguyễn Thị Hồng Nhung")
            @NotBlank @Size(max = 200) String fullName,
            @Schema(description = "Số định danh cá nhân (12 chữ số); chỉ lưu dạng băm và che", example = "051190001234")
            @CitizenId String citizenId,
            @Schema(description = "Ngày sinh", example = "1990-05-12") @Past LocalDate dateOfBirth,
            @Schema(description = "Thư điện tử để nhận thông báo", example = "nhung.nguyen@example.vn")
            @Email @Size(max = 200) String email,
            @Schema(description = "Số điện thoại di động", example = "0912345678")
            @Pattern(regexp = "\\+?[0-9]{9,15}", message = "không phải số điện thoại") String phone) {
    }

    /** A land parcel, by its land-use certificate. */
    public record LandRequest(
            @Schema(description = "Số phát hành Giấy chứng nhận quyền sử dụng đất", example = "DA123456")
            @NotBlank @Pattern(regexp = "[A-Z0-9]{4,20}", message = "số giấy chứng nhận không hợp lệ")
            String certificateNumber) {
    }

    /** A business, by its tax code. */
    public record BusinessRequest(
            @Schema(description = "Mã số doanh nghiệp", example = "4300123456")
            @NotBlank @Pattern(regexp = "[0-9]{10}([0-9]{3})?", message = "mã số doanh nghiệp không hợp lệ")
            String taxCode) {
    }

    /** A paper handed in. */
    public record DocumentRequest(
            @Schema(description = "Tên thành phần hồ sơ, như trong danh mục", example = "Tờ khai đăng ký khai sinh")
            @NotBlank @Size(max = 1000) String name,
            @Schema(description = "Số trang") @Min(1) Integer pageCount) {
    }
}
