package org.motcua.routing.domain;

import java.time.LocalTime;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.motcua.platformkit.deadline.OfficeHours;

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
    @Column(name = "morning_start")
    private LocalTime morningStart;
    @Column(name = "morning_end")
    private LocalTime morningEnd;
    @Column(name = "afternoon_start")
    private LocalTime afternoonStart;
    @Column(name = "afternoon_end")
    private LocalTime afternoonEnd;
    @Column(name = "same_day_cut_off")
    private LocalTime sameDayCutOff;

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
        return morningStart == null ? Optional.empty()
                : Optional.of(new OfficeHours(morningStart, morningEnd, afternoonStart, afternoonEnd, sameDayCutOff));
    }

    /** The unit's own office hours as intake announced them; null returns it to the public sector's. */
    public void changeOfficeHours(OfficeHours hours) {
        this.morningStart = hours == null ? null : hours.morningStart();
        this.morningEnd = hours == null ? null : hours.morningEnd();
        this.afternoonStart = hours == null ? null : hours.afternoonStart();
        this.afternoonEnd = hours == null ? null : hours.afternoonEnd();
        this.sameDayCutOff = hours == null ? null : hours.sameDayCutOff();
    }
}
