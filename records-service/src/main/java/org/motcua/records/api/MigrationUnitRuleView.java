package org.motcua.records.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MigrationUnitRule")
public record MigrationUnitRuleView(@Schema(description = "Từ trong địa chỉ, ví dụ \"thôn Trà Lương\"") String addressKeyword,
        @Schema(description = "Mã đơn vị mới") String newUnitCode) {
}
