package org.motcua.routing.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The staffing a province-admin declares for a unit (replaces the existing rows). */
public record StaffingRequest(@NotEmpty @Size(max = 100) List<@Valid @NotNull FieldStaffView> fields) {
}
