package org.motcua.routing.domain;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.motcua.platformkit.deadline.OfficeHours;
import org.motcua.platformkit.deadline.OfficeHoursColumns;

/** A unit that processes dossiers: one of the province's communes, or a provincial agency. Seed data. */
@Entity
@Table(name = "processing_unit")
public class ProcessingUnit {

    /** Commune or provincial agency. */
    public enum Kind {
        COMMUNE, AGENCY
    }

    @Id
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "unit_type")
    private String unitType;
    private int size;
    @Column(name = "match_name")
    private String matchName;
    @Embedded
    private OfficeHoursColumns ownOfficeHours;

    protected ProcessingUnit() {
    }

    public ProcessingUnit(String code, String name, Kind kind, String unitType, int size, String matchName) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.unitType = unitType;
        this.size = size;
        this.matchName = matchName;
    }

    /** Takes the values of a newer version of the seed data. */
    public void updateFrom(ProcessingUnit newer) {
        this.name = newer.name;
        this.kind = newer.kind;
        this.unitType = newer.unitType;
        this.size = newer.size;
        this.matchName = newer.matchName;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    /** XA, PHUONG or DAC_KHU for a commune; null for an agency. */
    public String unitType() {
        return unitType;
    }

    /** The pre-merger units it absorbed (1 for an agency). */
    public int size() {
        return size;
    }

    public String matchName() {
        return matchName;
    }

    /** The unit's own office hours; empty: the public sector's. */
    public Optional<OfficeHours> officeHours() {
        return OfficeHoursColumns.hours(ownOfficeHours);
    }

    /** The unit's own office hours as intake announced them; null returns it to the public sector's. */
    public void changeOfficeHours(OfficeHours hours) {
        this.ownOfficeHours = OfficeHoursColumns.of(hours);
    }
}
