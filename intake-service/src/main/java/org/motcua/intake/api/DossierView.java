package org.motcua.intake.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.intake.domain.Applicant;
import org.motcua.intake.domain.Dossier;
import org.motcua.intake.domain.DossierDocument;
import org.motcua.intake.domain.DossierStatusChange;
import org.motcua.platformkit.security.PersonalDataMask;

/** A dossier as intake holds it; the citizen ID only masked, the rest of the applicant masked to some callers. */
public record DossierView(
        UUID id,
        @Schema(description = "Mã số hồ sơ", example = "21025-261129-0001") String code,
        String procedureCode,
        @Schema(description = "Phiên bản danh mục khi tiếp nhận") int procedureVersion,
        String receivingUnitCode,
        @Schema(description = "Đơn vị đang xử lý hồ sơ (có thể khác đơn vị tiếp nhận); null khi chưa phân công")
        String processingUnitCode,
        @Schema(description = "Đơn vị nơi cư trú (đầu vào thẩm quyền)") String residenceUnitCode,
        @Schema(description = "Đơn vị nơi có đất (đầu vào thẩm quyền)") String landUnitCode,
        String channel,
        String status,
        ApplicantView applicant,
        String externalReference,
        @Schema(description = "Thời điểm tiếp nhận (UTC)") Instant submittedAt,
        @Schema(description = "Thời hạn giải quyết") ProcedureView.LegalTimeView legalTime,
        @Schema(description = "Ngày hẹn trả kết quả (UTC); null nếu chưa xác định") Instant dueAt,
        @Schema(description = "Ngày hẹn tạm tính: tính theo ngày nghỉ lễ luật định của một năm chưa có thông báo lịch"
                + " nghỉ chính thức; được tính lại và thông báo khi tỉnh nạp thông báo") boolean dueAtProvisional,
        @Schema(description = "Ghi chú về ngày hẹn") String deadlineNote,
        @Schema(description = "Hạn gửi yêu cầu bổ sung giấy tờ mà CSDL chưa trả lời") Instant supplementationDueAt,
        @Schema(description = "Xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04); null nếu không có") ApologyView apology,
        @Schema(description = "Thành phần hồ sơ đã nhận hoặc lấy từ CSDL") List<DocumentView> documents,
        @Schema(description = "Lịch sử trạng thái") List<StatusChangeView> history,
        @Schema(description = "Việc người gọi có thể làm tiếp tại bộ phận tiếp nhận: SUPPLEMENT (nhận giấy tờ bổ sung),"
                + " WITHDRAW (dừng giải quyết theo đề nghị của người nộp)") List<String> actions) {

    /** The dossier, its applicant in full or masked ({@code clear}: the caller's work needs it). */
    static DossierView of(Dossier dossier, List<DossierStatusChange> history, List<String> actions, boolean clear) {
        return new DossierView(dossier.id(), dossier.code(), dossier.procedureCode(), dossier.procedureVersion(),
                dossier.receivingUnitCode(), dossier.processingUnitCode(), dossier.residenceUnitCode(), dossier.landUnitCode(),
                dossier.channel().name(), dossier.status().name(),
                ApplicantView.of(dossier.applicant(), clear),
                dossier.externalReference(), dossier.submittedAt(),
                new ProcedureView.LegalTimeView(dossier.legalTime().amount(), dossier.legalTime().unit().name()),
                dossier.dueAt(), dossier.deadlineProvisional(), dossier.deadlineNote(), dossier.supplementationDueAt(),
                dossier.apology().map(a -> new ApologyView(a.at(), a.reason(), a.unitCode(), a.previousDue()))
                        .orElse(null),
                dossier.documents().stream().map(DocumentView::of).toList(),
                history.stream().map(c -> new StatusChangeView(c.from() == null ? null : c.from().name(), c.to().name(),
                        c.changedAt(), c.actor(), c.note())).toList(),
                actions);
    }

    /** The applicant; to an auditor or an integrating system, name, email and phone masked. */
    public record ApplicantView(
            @Schema(description = "Họ tên (che với kiểm tra viên và hệ thống tích hợp)") String fullName,
            @Schema(description = "Số định danh đã che", example = "*********234") String citizenIdMasked,
            String email, String phone) {

        static ApplicantView of(Applicant a, boolean clear) {
            return clear ? new ApplicantView(a.fullName(), a.citizenIdMasked(), a.email(), a.phone())
                    : new ApplicantView(PersonalDataMask.name(a.fullName()), a.citizenIdMasked(),
                            PersonalDataMask.address(a.email()), PersonalDataMask.address(a.phone()));
        }
    }

    /** A paper of the dossier and where it came from. */
    public record DocumentView(
            String name,
            @Schema(description = "APPLICANT (người nộp) hoặc DATABASE (CSDL quốc gia)") String source,
            @Schema(description = "RECEIVED, FETCHED hoặc PENDING (CSDL chưa trả lời)") String status,
            @Schema(description = "CSDL cung cấp dữ liệu") String registry,
            @Schema(description = "Mã tham chiếu bản ghi của CSDL") String registryReference,
            @Schema(description = "Thời điểm nhận hoặc lấy dữ liệu") Instant at,
            Integer pageCount,
            String note) {

        static DocumentView of(DossierDocument d) {
            return new DocumentView(d.name(), d.source().name(), d.status().name(),
                    d.registry() == null ? null : d.registry().name(), d.registryReference(), d.at(), d.pageCount(),
                    d.note());
        }
    }

    /** The processing unit's apology: when, why, by which unit, and the appointment it replaced. */
    public record ApologyView(Instant at, String reason, String unitCode,
            @Schema(description = "Ngày hẹn trước khi hẹn lại") Instant previousDueAt) {
    }

    public record StatusChangeView(String from, String to, Instant at, String actor, String note) {
    }
}
