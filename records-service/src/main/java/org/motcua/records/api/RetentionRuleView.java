package org.motcua.records.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.records.domain.RetentionRule;

/** A rule as shown and as set. */
@Schema(name = "RetentionRule")
public record RetentionRuleView(String scope, String key,
        @Schema(description = "Số năm lưu sau khi kết thúc hồ sơ; không có = lưu vĩnh viễn") Integer years,
        String legalBasis, String updatedBy, Instant updatedAt) {
    static RetentionRuleView of(RetentionRule r) {
        return new RetentionRuleView(r.id().scope().name(), r.id().key(), r.years(), r.legalBasis(), r.updatedBy(), r.updatedAt());
    }
}
