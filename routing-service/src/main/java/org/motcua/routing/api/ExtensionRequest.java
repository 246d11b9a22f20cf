package org.motcua.routing.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Xin lỗi và hẹn lại (Mẫu 04): the new appointment's date and the reason the applicant reads. */
public record ExtensionRequest(
        @Schema(description = "Ngày hẹn mới (trả kết quả cuối giờ làm việc của ngày này, hoặc ngày làm việc kế tiếp)",
                example = "2026-12-18") @NotNull LocalDate newDueDate,
        @Schema(description = "Lý do chậm, viết cho người nộp đọc (in trên phiếu xin lỗi)",
                example = "Cần xác minh thêm thông tin tại nơi cư trú trước đây") @NotBlank @Size(max = 1000) String reason) {
}
