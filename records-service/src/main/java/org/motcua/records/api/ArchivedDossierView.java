package org.motcua.records.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.platformkit.security.PersonalDataMask;
import org.motcua.records.domain.ArchivedDossier;
import org.motcua.records.domain.Document;
import org.motcua.records.domain.Paper;
import org.motcua.records.domain.migration.SourceSystem;
import org.motcua.records.service.ArchiveQueryService;

/** A dossier as the archive holds it; the whole record (papers, documents) when one dossier is asked for. */
@Schema(name = "ArchivedDossier")
public record ArchivedDossierView(
        UUID id,
        @Schema(description = "Mã số hồ sơ") String code,
        String procedureCode,
        String procedureName,
        @Schema(description = "Lĩnh vực") String field,
        @Schema(description = "Họ tên người nộp (che với kiểm tra viên và hệ thống tích hợp)") String applicantFullName,
        @Schema(description = "Mã định danh ẩn danh của người nộp (khóa kho dữ liệu điện tử; không phải số định danh)")
        String applicantReference,
        @Schema(description = "Đơn vị tiếp nhận") String receivingUnitCode,
        @Schema(description = "Đơn vị xử lý") String processingUnitCode,
        String channel,
        String status,
        Instant submittedAt,
        Instant updatedAt,
        @Schema(description = "Kết quả giải quyết") Decision decision,
        Instant resultReturnedAt,
        @Schema(description = "Thành phần hồ sơ: do người nộp nộp, hoặc lấy từ CSDL quốc gia (nguồn, số tham chiếu, thời điểm)")
        List<PaperView> papers,
        @Schema(description = "Tài liệu số hóa của hồ sơ") List<DocumentSummary> documents,
        @Schema(description = "Nguồn gốc của hồ sơ chuyển đổi từ hệ thống trước sáp nhập; không có với hồ sơ nhận trên nền tảng")
        Origin origin) {

    /** Where a migrated dossier came from: the old system, its original code (alternate key) and commune, the import. */
    public record Origin(String system, String systemName, String originalCode, String originalUnitCode, UUID migrationId) {
    }

    /** The decision: approved with the result's reference, or refused with reasons. */
    public record Decision(String outcome, String resultReference, List<String> reasons, Instant decidedAt) {
    }

    /** A paper and, for one fetched from a national database, where it came from. */
    public record PaperView(String name, String source, String status, String registry, String registryReference,
            Integer pageCount, Instant at) {
        static PaperView of(Paper p) {
            return new PaperView(p.name(), p.source(), p.status(), p.registry(), p.registryReference(), p.pageCount(), p.at());
        }
    }

    /** An uploaded document, in short. */
    public record DocumentSummary(UUID id, String fileName, String detectedFormat, String typeName, String sha256,
            int pageCount) {
        static DocumentSummary of(Document d) {
            return new DocumentSummary(d.id(), d.fileName(), d.content().format().name(), d.metadata().typeName(),
                    d.content().sha256(), d.content().pageCount());
        }
    }

    /** A dossier in a list (search results): without its papers and documents. */
    /** The dossier without its papers and documents; the applicant's name in full or masked ({@code clear}). */
    static ArchivedDossierView of(ArchivedDossier d, boolean clear) {
        return of(d, null, null, clear);
    }

    static ArchivedDossierView of(ArchiveQueryService.DossierRecord r, boolean clear) {
        return of(r.dossier(), r.papers().stream().map(PaperView::of).toList(),
                r.documents().stream().map(DocumentSummary::of).toList(), clear);
    }

    private static ArchivedDossierView of(ArchivedDossier d, List<PaperView> papers, List<DocumentSummary> documents,
            boolean clear) {
        Decision decision = d.decision() == null ? null
                : new Decision(d.decision(), d.resultReference(), d.decisionReasons(), d.decidedAt());
        return new ArchivedDossierView(d.id(), d.code(), d.procedureCode(), d.procedureName(), d.field(),
                clear ? d.applicantFullName() : PersonalDataMask.name(d.applicantFullName()), d.applicantReference(),
                d.receivingUnitCode(), d.processingUnitCode(), d.channel(),
                d.status(), d.submittedAt(), d.updatedAt(), decision, d.resultReturnedAt(), papers, documents,
                d.originSystem() == null ? null : new Origin(d.originSystem(), SourceSystem.get(d.originSystem()).displayName(),
                        d.originalCode(), d.originalUnitCode(), d.migrationId()));
    }
}
