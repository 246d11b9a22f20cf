package org.motcua.platformkit.migration;

import java.util.List;

/**
 * The fields of a row of a pre-merger system's dossier export (records-service/docs/migration-format.md), named as
 * the old systems name them: what records-service imports and the migration tool generates.
 */
public final class ExportFields {

    public static final String CODE = "ma_ho_so";
    public static final String UNIT = "ma_don_vi_cu";
    public static final String PROCEDURE_CODE = "ma_thu_tuc";
    public static final String PROCEDURE_NAME = "ten_thu_tuc";
    public static final String FIELD = "linh_vuc";
    public static final String APPLICANT_NAME = "ho_ten";
    public static final String CITIZEN_ID = "so_dinh_danh";
    public static final String ADDRESS = "dia_chi";
    public static final String CHANNEL = "kenh";
    public static final String RECEIVED_AT = "ngay_tiep_nhan";
    public static final String APPOINTMENT_AT = "ngay_hen_tra";
    public static final String STATUS = "trang_thai";
    public static final String FINISHED_AT = "ngay_ket_thuc";
    public static final String RETURNED_AT = "ngay_tra_ket_qua";
    public static final String RESULT = "so_ket_qua";
    public static final String REASONS = "ly_do";
    public static final String UPDATED_AT = "cap_nhat_luc";

    /** Every field, in the order of the CSV header the generator writes. */
    public static final List<String> ALL = List.of(CODE, UNIT, PROCEDURE_CODE, PROCEDURE_NAME, FIELD, APPLICANT_NAME,
            CITIZEN_ID, ADDRESS, CHANNEL, RECEIVED_AT, APPOINTMENT_AT, STATUS, FINISHED_AT, RETURNED_AT, RESULT, REASONS,
            UPDATED_AT);

    /** The fields a file must have (a CSV header without one of them is refused before anything is read). */
    public static final List<String> REQUIRED = List.of(CODE, UNIT, PROCEDURE_NAME, APPLICANT_NAME, RECEIVED_AT, STATUS);

    private ExportFields() {
    }
}
