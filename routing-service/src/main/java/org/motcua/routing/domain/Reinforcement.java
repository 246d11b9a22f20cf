package org.motcua.routing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Tăng cường cán bộ: a provincial officer who works for a unit for a period, on site or remotely, adding
 * their hours to the unit's capacity in a field (or every field) from the first day to the last.
 */
@Entity
@Table(name = "reinforcement")
public class Reinforcement {

    /** Where the officer works from. */
    public enum Mode {
        ON_SITE, REMOTE
    }

    @Id
    private UUID id;
    @Column(name = "officer_name")
    private String officerName;
    @Column(name = "home_agency")
    private String homeAgency;
    @Column(name = "unit_code")
    private String unitCode;
    private String field;
    @Enumerated(EnumType.STRING)
    private Mode mode;
    @Column(name = "hours_per_day")
    private BigDecimal hoursPerDay;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Reinforcement() {
    }

    @SuppressWarnings("java:S107")
    public Reinforcement(String officerName, String homeAgency, String unitCode, String field, Mode mode,
            BigDecimal hoursPerDay, LocalDate startsOn, LocalDate endsOn, String createdBy, Instant createdAt) {
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("a reinforcement ends on or after its first day");
        }
        this.id = UUID.randomUUID();
        this.officerName = officerName;
        this.homeAgency = homeAgency;
        this.unitCode = unitCode;
        this.field = field;
        this.mode = mode;
        this.hoursPerDay = hoursPerDay;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** Ends the reinforcement early: the officer's last day is {@code lastDay} (never later than planned). */
    public void endOn(LocalDate lastDay) {
        LocalDate last = lastDay.isBefore(startsOn) ? startsOn.minusDays(1) : lastDay;
        if (last.isBefore(endsOn)) {
            this.endsOn = last;
        }
    }

    public UUID id() {
        return id;
    }

    public String officerName() {
        return officerName;
    }

    public String homeAgency() {
        return homeAgency;
    }

    public String unitCode() {
        return unitCode;
    }

    public String field() {
        return field;
    }

    public Mode mode() {
        return mode;
    }

    public BigDecimal hoursPerDay() {
        return hoursPerDay;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
