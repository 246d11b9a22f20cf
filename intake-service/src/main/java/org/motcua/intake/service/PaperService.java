package org.motcua.intake.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.intake.domain.AdministrativeUnit;
import org.motcua.intake.domain.AdministrativeUnitRepository;
import org.motcua.intake.domain.Dossier;
import org.motcua.intake.domain.DossierDocument;
import org.motcua.intake.domain.DossierRepository;
import org.motcua.intake.domain.DossierStatus;
import org.motcua.intake.domain.ProcedureRepository;
import org.motcua.intake.domain.ProcedureVersion;
import org.motcua.platformkit.deadline.LegalTime;
import org.motcua.platformkit.pdf.ApologyLetter;
import org.motcua.platformkit.pdf.PaperDocument;
import org.motcua.platformkit.problem.ConflictException;
import org.motcua.platformkit.problem.ResourceNotFoundException;
import org.motcua.platformkit.time.ProvinceTime;

/**
 * The papers intake issues, as PDFs in Vietnamese (Circular 03/2025, Annex I): the receipt with the
 * appointment date (Mẫu 01), the processing unit's apology with a new appointment (Mẫu 04) and the
 * notice of stopping at the applicant's request (Mẫu 05).
 */
@ApplicationScoped
public class PaperService {

    private final DossierRepository dossiers;
    private final ProcedureRepository procedures;
    private final AdministrativeUnitRepository units;

    PaperService(DossierRepository dossiers, ProcedureRepository procedures, AdministrativeUnitRepository units) {
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.units = units;
    }

    /** The dossier a paper is about, for access checks before rendering. */
    @Transactional
    public Dossier dossier(UUID id) {
        Dossier dossier = dossiers.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("Hồ sơ", id));
        dossier.documents();
        return dossier;
    }

    /** Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
    @Transactional
    public byte[] receipt(UUID id) {
        Dossier dossier = dossier(id);
        ProcedureVersion procedure = procedures.version(dossier.procedureCode(), dossier.procedureVersion()).orElseThrow();
        AdministrativeUnit unit = units.findById(dossier.receivingUnitCode());
        try (PaperDocument paper = PaperDocument.a4("Giấy tiếp nhận hồ sơ và hẹn trả kết quả " + dossier.code(),
                procedure.name())) {
            paper.heading(qrContent(dossier), "UBND " + unit.fullName(), "Bộ phận Một cửa")
                    .title("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
                    .centeredLine("Mã hồ sơ: " + dossier.code())
                    .gap(6)
                    .paragraph("Bộ phận Một cửa " + unit.fullName() + " đã tiếp nhận hồ sơ của: "
                            + dossier.applicant().fullName())
                    .paragraph("Số định danh cá nhân: " + orDash(dossier.applicant().citizenIdMasked())
                            + "    Số điện thoại: " + orDash(dossier.applicant().phone())
                            + "    Thư điện tử: " + orDash(dossier.applicant().email()))
                    .paragraph("Nội dung yêu cầu giải quyết: " + procedure.name() + " (mã " + procedure.code() + ")")
                    .gap(4)
                    .boldParagraph("1. Thành phần hồ sơ nộp gồm:");
            dossier.documents().stream().filter(d -> d.source() == DossierDocument.Source.APPLICANT)
                    .forEach(d -> paper.item(d.name() + (d.pageCount() == null ? "" : " (" + d.pageCount() + " trang)")));
            paper.boldParagraph("2. Giấy tờ, dữ liệu khai thác từ cơ sở dữ liệu quốc gia (người dân không phải nộp):");
            dossier.documents().stream().filter(d -> d.source() == DossierDocument.Source.DATABASE).forEach(d -> paper.item(
                    d.name() + " – CSDL " + registryName(d) + (d.pending()
                            ? " (chưa nhận được dữ liệu; sẽ có thông báo bổ sung nếu cần)"
                            : " (mã tham chiếu " + d.registryReference() + ", lúc " + ProvinceTime.forPeople(d.at()) + ")")));
            if (dossier.documents().stream().noneMatch(d -> d.source() == DossierDocument.Source.DATABASE)) {
                paper.item("Không có");
            }
            paper.boldParagraph("3. Số lượng hồ sơ: 01 bộ")
                    .boldParagraph("4. Thời gian giải quyết hồ sơ theo quy định: " + legalTimeText(dossier.legalTime()))
                    .boldParagraph("5. Thời gian nhận hồ sơ: " + ProvinceTime.forPapers(dossier.submittedAt()))
                    .boldParagraph("6. Thời gian trả kết quả giải quyết hồ sơ: " + (dossier.dueAt() == null
                            ? dossier.deadlineNote() : ProvinceTime.forPapers(dossier.dueAt())
                                    + (dossier.deadlineProvisional() ? " (tạm tính)" : "")));
            if (dossier.deadlineProvisional()) {
                paper.paragraph(dossier.deadlineNote());
            }
            paper.boldParagraph("7. Đăng ký nhận kết quả tại: Bộ phận Một cửa " + unit.fullName())
                    .gap(8)
                    .signatures("NGƯỜI NỘP HỒ SƠ", dossier.applicant().fullName(), "NGƯỜI TIẾP NHẬN HỒ SƠ",
                            dossier.submittedBy());
            return paper.toBytes();
        }
    }

    /** Mẫu 05: Thông báo về việc dừng giải quyết hồ sơ theo đề nghị của người nộp. */
    @Transactional
    public byte[] withdrawalNotice(UUID id) {
        Dossier dossier = dossier(id);
        if (dossier.status() != DossierStatus.WITHDRAWN) {
            throw new ConflictException("not-withdrawn", "Hồ sơ " + dossier.code() + " chưa dừng giải quyết");
        }
        ProcedureVersion procedure = procedures.version(dossier.procedureCode(), dossier.procedureVersion()).orElseThrow();
        AdministrativeUnit unit = units.findById(dossier.receivingUnitCode());
        try (PaperDocument paper = PaperDocument.a4("Thông báo dừng giải quyết hồ sơ " + dossier.code(), procedure.name())) {
            paper.heading(qrContent(dossier), "UBND " + unit.fullName(), "Bộ phận Một cửa")
                    .title("THÔNG BÁO")
                    .centeredLine("Về việc dừng giải quyết hồ sơ theo đề nghị của người nộp")
                    .gap(6)
                    .paragraph("Kính gửi: " + dossier.applicant().fullName())
                    .paragraph("Ngày " + ProvinceTime.dateOf(dossier.submittedAt())
                            + ", Bộ phận Một cửa " + unit.fullName() + " đã tiếp nhận hồ sơ mã " + dossier.code()
                            + " về " + PaperDocument.aboutProcedure(procedure.name()) + ".")
                    .paragraph("Theo đề nghị của người nộp hồ sơ (lý do: " + dossier.withdrawalReason() + "), việc giải quyết"
                            + " hồ sơ được dừng từ " + ProvinceTime.forPapers(dossier.withdrawnAt()) + ".")
                    .paragraph("Người nộp hồ sơ nhận lại các giấy tờ đã nộp tại Bộ phận Một cửa " + unit.fullName() + ".")
                    .gap(8)
                    .signatures("NGƯỜI NỘP HỒ SƠ", dossier.applicant().fullName(), "NGƯỜI TIẾP NHẬN HỒ SƠ",
                            dossier.submittedBy());
            return paper.toBytes();
        }
    }

    /** Mẫu 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả, from the unit that cannot keep the appointment. */
    @Transactional
    public byte[] apologyLetter(UUID id) {
        Dossier dossier = dossier(id);
        return apologyLetterOf(dossier).orElseThrow(() -> new ConflictException("no-apology",
                "Hồ sơ " + dossier.code() + " chưa có phiếu xin lỗi và hẹn lại ngày trả kết quả")).toPdf();
    }

    /** What the dossier's apology letter says, once the unit that is late has apologised. */
    Optional<ApologyLetter> apologyLetterOf(Dossier dossier) {
        return dossier.apology().map(apology -> {
            ProcedureVersion procedure = procedures.version(dossier.procedureCode(), dossier.procedureVersion())
                    .orElseThrow();
            AdministrativeUnit receiving = units.findById(dossier.receivingUnitCode());
            AdministrativeUnit late = units.findById(apology.unitCode());
            String lateName = late != null ? "UBND " + late.fullName()
                    : procedure.competentAgency() != null ? procedure.competentAgency() : apology.unitCode();
            return new ApologyLetter(qrContent(dossier), lateName, late != null, dossier.code(), procedure.name(),
                    dossier.applicant().fullName(), dossier.submittedAt(), receiving.fullName(), apology.previousDue(),
                    apology.reason(), apology.newDue(), apology.at());
        });
    }

    /** The QR code of generated papers: dossier code, procedure code and the applicant reference (masked ID). */
    static String qrContent(Dossier dossier) {
        return dossier.code() + "|" + dossier.procedureCode() + "|" + orDash(dossier.applicant().citizenIdMasked());
    }

    static String legalTimeText(LegalTime legalTime) {
        return switch (legalTime.unit()) {
            case SAME_DAY -> "trong ngày (nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo)";
            case WORKING_DAYS -> legalTime.amount() + " ngày làm việc";
            case WORKING_HOURS -> legalTime.amount() + " giờ làm việc";
            case CALENDAR_DAYS -> legalTime.amount() + " ngày";
        };
    }

    private static String registryName(DossierDocument document) {
        if (document.registry() == null) {
            return "";
        }
        return switch (document.registry()) {
            case POPULATION -> "quốc gia về dân cư";
            case CIVIL_STATUS -> "hộ tịch điện tử";
            case LAND -> "quốc gia về đất đai";
            case SOCIAL_INSURANCE -> "quốc gia về bảo hiểm";
            case BUSINESS -> "quốc gia về đăng ký doanh nghiệp";
            default -> document.registry().name();
        };
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
