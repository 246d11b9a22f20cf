package org.motcua.platformkit.pdf;

import java.time.Instant;

import org.motcua.platformkit.time.ProvinceTime;

/**
 * Mẫu 04, Phiếu xin lỗi và hẹn lại ngày trả kết quả (Circular 03/2025, Annex I): what the unit that cannot keep the
 * appointment writes to the applicant, and the letter as PDF. Intake serves it from the dossier and announces it
 * (ApologyIssued, with this content); notification attaches the same letter to the applicant's mail.
 *
 * @param qrContent the QR code of intake's papers (dossier code, procedure code, masked citizen ID)
 * @param issuer the unit that is late ("UBND Xã An Phú", or the provincial agency)
 * @param fromOneStopDesk whether the issuer's one-stop desk signs under it (a commune's)
 * @param receivingUnitName the full name of the unit whose desk received the dossier
 */
public record ApologyLetter(String qrContent, String issuer, boolean fromOneStopDesk, String dossierCode,
        String procedureName, String applicantName, Instant submittedAt, String receivingUnitName,
        Instant previousDueAt, String reason, Instant newDueAt, Instant issuedAt) {

    /** The letter's file name, as attached to a mail. */
    public String fileName() {
        return fileNameFor(dossierCode);
    }

    /** The file name of a dossier's apology letter. */
    public static String fileNameFor(String dossierCode) {
        return "phieu-xin-loi-" + dossierCode + ".pdf";
    }

    public byte[] toPdf() {
        try (PaperDocument paper = PaperDocument.a4("Phiếu xin lỗi và hẹn lại ngày trả kết quả " + dossierCode,
                procedureName)) {
            paper.heading(qrContent, issuer, fromOneStopDesk ? "Bộ phận Một cửa" : "")
                    .title("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ")
                    .centeredLine("Mã hồ sơ: " + dossierCode)
                    .gap(6)
                    .paragraph("Kính gửi: Ông/Bà " + applicantName)
                    .paragraph("Ngày " + ProvinceTime.dateOf(submittedAt) + ", Bộ phận Một cửa " + receivingUnitName
                            + " tiếp nhận hồ sơ của Ông/Bà về " + PaperDocument.aboutProcedure(procedureName)
                            + " (mã hồ sơ " + dossierCode + ").")
                    .paragraph("Thời hạn trả kết quả giải quyết hồ sơ: " + ProvinceTime.forPapers(previousDueAt) + ".")
                    .paragraph("Tuy nhiên đến nay, " + issuer + " chưa giải quyết xong hồ sơ của Ông/Bà.")
                    .paragraph("Lý do: " + reason + ".")
                    .paragraph("Sự chậm trễ này đã gây phiền hà cho Ông/Bà. " + issuer + " xin lỗi Ông/Bà và sẽ trả"
                            + " kết quả giải quyết hồ sơ cho Ông/Bà vào " + ProvinceTime.forPapers(newDueAt) + ".")
                    .paragraph("Mong nhận được sự thông cảm của Ông/Bà vì sự chậm trễ này.")
                    .gap(4)
                    .paragraph("Ngày " + ProvinceTime.dateOf(issuedAt))
                    .gap(8)
                    .signature("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", "(Ký, ghi rõ họ tên và đóng dấu)", null);
            return paper.toBytes();
        }
    }
}
