package org.motcua.records.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The unit a person chose. */
public record DecideMigrationReviewRequest(@Schema(description = "Mã đơn vị mới, một trong các đơn vị ứng viên") String unitCode) {
}
