package org.motcua.intake.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.intake.domain.Procedure;

/** A procedure of the catalog, as published. */
public record ProcedureView(
        @Schema(description = "Mã TTHC; LOCAL.xxxxxx cho thủ tục chưa có mã quốc gia", example = "1.001193") String code,
        @Schema(example = "Thủ tục đăng ký khai sinh") String name,
        @Schema(description = "Lĩnh vực", example = "Hộ tịch") String field,
        @Schema(description = "Cơ quan có thẩm quyền giải quyết") String competentAuthority,
        @Schema(description = "Thời hạn giải quyết (văn bản công bố)") String legalTimeText,
        @Schema(description = "Thời hạn (số)") Integer legalTimeAmount,
        @Schema(description = "Đơn vị thời hạn (văn bản công bố)") String legalTimeUnitText,
        @Schema(description = "Phí, lệ phí") String fee,
        @Schema(description = "Thành phần hồ sơ chính") String requiredDocuments,
        @Schema(description = "Giấy tờ được thay bằng dữ liệu CSDL quốc gia (NQ 66.7/2025)") String databaseReplaced,
        @Schema(description = "Mức độ xác minh của dữ liệu danh mục") String verificationNote,
        @Schema(description = "Mã do tỉnh đặt tạm (chưa có mã quốc gia)") boolean localCode) {

    static ProcedureView of(Procedure p) {
        return new ProcedureView(p.code(), p.name(), p.field(), p.competentAuthority(), p.legalTimeText(),
                p.legalTimeAmount(), p.legalTimeUnitText(), p.feeText(), p.requiredDocuments(), p.databaseReplaced(),
                p.verificationNote(), p.localCode());
    }
}
