package org.motcua.records.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a dossier is put under legal hold. */
public record LegalHoldRequest(@NotBlank @Size(max = 1000) String reason) {
}
