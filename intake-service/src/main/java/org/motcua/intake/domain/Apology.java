package org.motcua.intake.domain;

import java.time.Instant;

/**
 * The processing unit's apology with a new appointment (Phiếu xin lỗi và hẹn lại ngày trả kết quả, Mẫu 04).
 *
 * @param at          when the unit apologised
 * @param reason      why the result is late
 * @param unitCode    the unit that apologises (the one processing the dossier)
 * @param previousDue the appointment it could not keep
 * @param newDue      the new appointment
 */
public record Apology(Instant at, String reason, String unitCode, Instant previousDue, Instant newDue) {
}
