package org.motcua.intake.api;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.intake.domain.ProcedureVersion;
import org.motcua.intake.domain.Registry;
import org.motcua.intake.domain.RequiredDocument;

/** A procedure of the catalog (its current or a given version). */
public record ProcedureView(
        @Schema(description = "Mã TTHC; LOCAL.xxxxxx cho thủ tục chưa có mã quốc gia", example = "1.001193") String code,
        @Schema(description = "Phiên bản của mục danh mục") int version,
        @Schema(example = "Thủ tục đăng ký khai sinh") String name,
        @Schema(description = "Lĩnh vực", example = "Hộ tịch") String field,
        @Schema(description = "Cấp có thẩm quyền: COMMUNE hoặc PROVINCE; null nếu chưa rõ") String competentLevel,
        @Schema(description = "Quy tắc thẩm quyền: ANY_COMMUNE, RESIDENCE_COMMUNE, LAND_COMMUNE, PROVINCIAL_AGENCY")
        String competenceRule,
        @Schema(description = "Cơ quan cấp tỉnh có thẩm quyền (khi PROVINCIAL_AGENCY)") String competentAgency,
        @Schema(description = "Cơ quan có thẩm quyền (văn bản công bố)") String competentAuthority,
        @Schema(description = "Thời hạn giải quyết") LegalTimeView legalTime,
        @Schema(description = "Thời hạn ở xã miền núi, hải đảo (nếu khác)") Integer remoteLegalTimeAmount,
        @Schema(description = "Thời hạn (văn bản công bố)") String legalTimeText,
        @Schema(description = "Phí, lệ phí") String fee,
        @Schema(description = "Ước tính giờ xử lý của cán bộ cho một hồ sơ") BigDecimal effortHours,
        @Schema(description = "Có thể tiếp nhận hồ sơ (đủ thời hạn và thẩm quyền)") boolean receivable,
        @Schema(description = "Mức độ xác minh của dữ liệu danh mục") String verificationNote,
        @Schema(description = "Mã do tỉnh đặt tạm") boolean localCode,
        @Schema(description = "Thành phần hồ sơ (chỉ có ở xem chi tiết)") List<DocumentView> requiredDocuments) {

    static ProcedureView summary(ProcedureVersion p) {
        return of(p, null);
    }

    static ProcedureView detail(ProcedureVersion p) {
        return of(p, p.documents().stream().map(DocumentView::of).toList());
    }

    private static ProcedureView of(ProcedureVersion p, List<DocumentView> documents) {
        return new ProcedureView(p.code(), p.version(), p.name(), p.field(),
                p.competenceRule() == null ? null : p.competenceRule().level(),
                p.competenceRule() == null ? null : p.competenceRule().name(), p.competentAgency(),
                p.competentAuthority(),
                p.legalTimeUnit() == null ? null : new LegalTimeView(p.legalTimeAmount(), p.legalTimeUnit().name()),
                p.remoteLegalTimeAmount(), p.legalTimeText(), p.feeText(), p.effortHours(), p.receivable(),
                p.verificationNote(), p.localCode(), documents);
    }

    /** A legal time. */
    public record LegalTimeView(int amount,
            @Schema(description = "SAME_DAY, WORKING_DAYS, WORKING_HOURS, CALENDAR_DAYS") String unit) {
    }

    /** A required paper and the databases that replace it. */
    public record DocumentView(
            @Schema(example = "Tờ khai đăng ký khai sinh") String name,
            @Schema(description = "Cơ sở dữ liệu thay thế; rỗng nếu người dân nộp giấy tờ") List<String> replacedBy,
            @Schema(description = "Người dân phải nộp giấy tờ này") boolean applicantProvides,
            @Schema(description = "Chỉ nộp trong một số trường hợp (\"nếu có\")") boolean conditional,
            @Schema(description = "Căn cứ pháp lý") String legalBasis) {

        static DocumentView of(RequiredDocument d) {
            return new DocumentView(d.name(), d.replacedBy().stream().map(Registry::name).toList(),
                    !d.replacedByDatabase(), d.conditional(), d.legalBasis());
        }
    }
}
