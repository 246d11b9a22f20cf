package org.motcua.records.api;

/** A unit by code and name. */
public record MigrationUnitView(String code, String name) {
}
