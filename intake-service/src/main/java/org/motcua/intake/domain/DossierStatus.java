package org.motcua.intake.domain;

/**
 * Status of a dossier as intake knows it (the national sync list: 2 received, 8 stopped ...). Processing
 * statuses come from routing's events.
 */
public enum DossierStatus {
    /** Đã tiếp nhận: received; the legal time runs. */
    RECEIVED,
    /** Yêu cầu bổ sung: the processing unit asked the applicant to complete it (Mẫu 02); the clock is stopped. */
    SUPPLEMENTATION_REQUESTED,
    /** Đã giải quyết: approved, the result waits to be returned. */
    RESOLVED,
    /** Từ chối giải quyết: refused with reasons (Mẫu 03). */
    REFUSED,
    /** Đã trả kết quả. */
    RESULT_RETURNED,
    /** Dừng giải quyết: withdrawn at the applicant's request (Mẫu 05). */
    WITHDRAWN
}
