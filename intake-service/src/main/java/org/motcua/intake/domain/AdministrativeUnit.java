package org.motcua.intake.domain;

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

/**
 * Đơn vị hành chính cấp xã: a commune-level unit of the province (xã, phường, đặc khu) since the
 * 2025 reorganisation, with the pre-merger units it absorbed. Seed data.
 */
@Entity
@Table(name = "administrative_unit")
public class AdministrativeUnit {

    @Id
    private String code;
    private String name;
    @Column(name = "full_name")
    private String fullName;
    @Enumerated(EnumType.STRING)
    private UnitType type;
    @Column(name = "old_province_code")
    private String oldProvinceCode;
    @Column(name = "pre_merger_units")
    private String preMergerUnits;
    private boolean remote;
    @Column(name = "search_text")
    private String searchText;
    @Embedded
    private OfficeHoursColumns ownOfficeHours;

    protected AdministrativeUnit() {
    }

    public AdministrativeUnit(String code, String name, String fullName, UnitType type, String oldProvinceCode,
            String preMergerUnits, boolean remote) {
        this.code = code;
        this.name = name;
        this.fullName = fullName;
        this.type = type;
        this.oldProvinceCode = oldProvinceCode;
        this.preMergerUnits = preMergerUnits;
        this.remote = remote;
        this.searchText = org.motcua.platformkit.data.VietnameseText.fold(code + " " + fullName);
    }

    /** Takes the values of a newer version of the seed data (the unit's own office hours stay). */
    public void updateFrom(AdministrativeUnit newer) {
        this.name = newer.name;
        this.fullName = newer.fullName;
        this.type = newer.type;
        this.oldProvinceCode = newer.oldProvinceCode;
        this.preMergerUnits = newer.preMergerUnits;
        this.remote = newer.remote;
        this.searchText = newer.searchText;
    }

    /**
     * Remote (mountain, island) communes get the longer legal limits some procedures define.
     */
    public boolean remote() {
        return remote;
    }

    /** The unit's own office hours, if a province-admin set them (the public sector's otherwise). */
    public Optional<OfficeHours> officeHours() {
        return OfficeHoursColumns.hours(ownOfficeHours);
    }

    /** Sets the unit's own office hours; null returns it to the public sector's. */
    public void changeOfficeHours(OfficeHours hours) {
        this.ownOfficeHours = OfficeHoursColumns.of(hours);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String fullName() {
        return fullName;
    }

    public UnitType type() {
        return type;
    }

    public String oldProvinceCode() {
        return oldProvinceCode;
    }

    public String preMergerUnits() {
        return preMergerUnits;
    }
}
