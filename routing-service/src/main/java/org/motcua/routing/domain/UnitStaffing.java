package org.motcua.routing.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The officers of a unit for one field (or {@code *}: every field without its own row) and their hours. */
@Entity
@Table(name = "unit_staffing")
@IdClass(UnitStaffing.Key.class)
public class UnitStaffing {

    /** Every field a unit has no row of its own for. */
    public static final String OTHER_FIELDS = "*";

    @Id
    @Column(name = "unit_code")
    private String unitCode;
    @Id
    private String field;
    private BigDecimal officers;
    @Column(name = "hours_per_day")
    private BigDecimal hoursPerDay;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected UnitStaffing() {
    }

    public UnitStaffing(String unitCode, String field, BigDecimal officers, BigDecimal hoursPerDay, String updatedBy,
            Instant updatedAt) {
        this.unitCode = unitCode;
        this.field = field;
        this.officers = officers;
        this.hoursPerDay = hoursPerDay;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    /** Officer hours per working day for the field. */
    public double staffHoursPerDay() {
        return officers.doubleValue() * hoursPerDay.doubleValue();
    }

    public String unitCode() {
        return unitCode;
    }

    public String field() {
        return field;
    }

    public BigDecimal officers() {
        return officers;
    }

    public BigDecimal hoursPerDay() {
        return hoursPerDay;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The composite key (unit, field). */
    public static class Key implements Serializable {
        private String unitCode;
        private String field;

        public Key() {
        }

        public Key(String unitCode, String field) {
            this.unitCode = unitCode;
            this.field = field;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(unitCode, k.unitCode) && Objects.equals(field, k.field);
        }

        @Override
        public int hashCode() {
            return Objects.hash(unitCode, field);
        }
    }
}
