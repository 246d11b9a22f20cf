package org.motcua.records.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** What a province-admin sets. */
public record ChangeRetentionRuleRequest(@Positive Integer years, @NotBlank @Size(max = 500) String legalBasis) {
}
