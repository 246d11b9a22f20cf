package org.motcua.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * Đơn vị trước sáp nhập: a commune of old Quảng Ngãi or old Kon Tum and the unit it became part of
 * (the one split commune appears under both units).
 */
@Entity
@Table(name = "pre_merger_unit")
@IdClass(PreMergerUnit.Key.class)
public class PreMergerUnit {

    @Id
    @Column(name = "old_code")
    private String oldCode;
    @Id
    @Column(name = "new_code")
    private String newCode;
    @Column(name = "old_full_name")
    private String oldFullName;
    @Column(name = "old_district")
    private String oldDistrict;
    @Column(name = "old_province")
    private String oldProvince;
    private boolean split;
    @Column(name = "match_method")
    private String matchMethod;

    protected PreMergerUnit() {
    }

    public PreMergerUnit(String oldCode, String newCode, String oldFullName, String oldDistrict, String oldProvince,
            boolean split, String matchMethod) {
        this.oldCode = oldCode;
        this.newCode = newCode;
        this.oldFullName = oldFullName;
        this.oldDistrict = oldDistrict;
        this.oldProvince = oldProvince;
        this.split = split;
        this.matchMethod = matchMethod;
    }

    public String oldCode() {
        return oldCode;
    }

    public String newCode() {
        return newCode;
    }

    public String oldFullName() {
        return oldFullName;
    }

    public String oldDistrict() {
        return oldDistrict;
    }

    public String oldProvince() {
        return oldProvince;
    }

    public boolean split() {
        return split;
    }

    public String matchMethod() {
        return matchMethod;
    }

    /** Key: old code and new code. */
    public static class Key implements java.io.Serializable {
        private String oldCode;
        private String newCode;

        public Key() {
        }

        public Key(String oldCode, String newCode) {
            this.oldCode = oldCode;
            this.newCode = newCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(k.oldCode, oldCode)
                    && java.util.Objects.equals(k.newCode, newCode);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(oldCode, newCode);
        }
    }
}
