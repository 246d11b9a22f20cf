package org.motcua.intake.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.intake.domain.AdministrativeUnit;
import org.motcua.intake.domain.Channel;
import org.motcua.intake.domain.ProcedureVersion;
import org.motcua.intake.domain.Registry;
import org.motcua.intake.domain.RequiredDocument;
import org.motcua.intake.service.registry.NationalDataGateway;
import org.motcua.platformkit.data.VietnameseText;
import org.motcua.platformkit.problem.FieldProblem;
import org.motcua.platformkit.problem.RuleViolationException;

/**
 * Checks a submission against the catalog version in force: the procedure may be received (its competence and legal
 * time are known, or the desk entered the time with its basis), the units exist, the channel is the caller's, every
 * paper the applicant must hand in is there and none a national database replaces is asked for. Every problem is
 * named at once (422 {@code dossier-refused}); nothing is written.
 */
@ApplicationScoped
class SubmissionRules {

    private final CatalogCache catalog;
    private final Clock clock;

    SubmissionRules(CatalogCache catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    SubmissionPlan check(NewDossier input, SubmitDossierService.Caller caller) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<ProcedureVersion> found = catalog.currentVersion(input.procedureCode());
        if (found.isEmpty()) {
            problems.add(new FieldProblem("procedureCode", "không có thủ tục này trong danh mục"));
        } else if (found.get().competenceRule() == null) {
            problems.add(new FieldProblem("procedureCode",
                    "danh mục chưa có thẩm quyền giải quyết của thủ tục này: quản trị tỉnh cần bổ sung trước khi tiếp nhận"));
        } else if (found.get().legalTimeFor(false) == null) {
            if (input.enteredLegalTime() == null) {
                problems.add(new FieldProblem("legalTime", "thủ tục chưa công bố thời hạn giải quyết: nhập thời hạn theo"
                        + " văn bản công bố (kèm văn bản), hoặc đề nghị quản trị tỉnh bổ sung danh mục"));
            } else if (input.enteredLegalTimeBasis() == null || input.enteredLegalTimeBasis().isBlank()) {
                problems.add(new FieldProblem("legalTimeBasis", "cần ghi văn bản công bố thời hạn đã nhập"));
            }
        } else if (input.enteredLegalTime() != null) {
            problems.add(new FieldProblem("legalTime", "danh mục đã có thời hạn giải quyết của thủ tục này: không nhập"));
        }
        Optional<AdministrativeUnit> unit = catalog.unit(input.receivingUnitCode());
        if (unit.isEmpty()) {
            problems.add(new FieldProblem("receivingUnitCode", "không có đơn vị này trong tỉnh"));
        }
        if (input.residenceUnitCode() != null && catalog.unit(input.residenceUnitCode()).isEmpty()) {
            problems.add(new FieldProblem("residenceUnitCode", "không có đơn vị này trong tỉnh"));
        }
        Channel channel = input.channel() == null ? caller.defaultChannel() : Channel.valueOf(input.channel());
        if (!caller.allowedChannels().contains(channel)) {
            problems.add(new FieldProblem("channel", "kênh " + channel + " không dành cho tài khoản này"));
        }
        Instant now = clock.instant();
        if (input.receivedAt() != null && input.receivedAt().isAfter(now.plusSeconds(60))) {
            problems.add(new FieldProblem("receivedAt", "thời điểm nhận hồ sơ không được ở tương lai"));
        }
        List<RequiredDocument> applicantPapers = new ArrayList<>();
        List<RequiredDocument> databasePapers = new ArrayList<>();
        if (found.isPresent()) {
            checkPapers(found.get(), input, problems, applicantPapers, databasePapers);
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException("dossier-refused", "Hồ sơ không thể tiếp nhận", problems);
        }
        return new SubmissionPlan(found.get(), unit.get(), channel, input.receivedAt() == null ? now : input.receivedAt(),
                applicantPapers, databasePapers);
    }

    /** Every paper the applicant must hand in is there; none a database replaces is asked for. */
    private static void checkPapers(ProcedureVersion procedure, NewDossier input, List<FieldProblem> problems,
            List<RequiredDocument> applicantPapers, List<RequiredDocument> databasePapers) {
        List<String> handedIn = input.documents().stream().map(d -> VietnameseText.fold(d.name())).toList();
        List<String> missing = new ArrayList<>();
        for (RequiredDocument paper : procedure.documents()) {
            String folded = VietnameseText.fold(paper.name());
            if (paper.replacedByDatabase()) {
                databasePapers.add(paper);
                int index = handedIn.indexOf(folded);
                if (index >= 0) {
                    problems.add(new FieldProblem("documents[" + index + "]", "không yêu cầu nộp: dữ liệu được lấy từ "
                            + paper.replacedBy() + " (Nghị quyết 66.7/2025/NQ-CP)"));
                }
            } else {
                applicantPapers.add(paper);
                if (!handedIn.contains(folded) && !paper.conditional()) {
                    missing.add(paper.name());
                }
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new FieldProblem("documents", "thiếu thành phần hồ sơ: " + String.join("; ", missing)));
        }
        for (RequiredDocument paper : databasePapers) {
            for (Registry registry : paper.replacedBy()) {
                if (RegistryKeys.field(registry) != null && RegistryKeys.of(registry, input) == null
                        && NationalDataGateway.supports(registry)) {
                    problems.add(new FieldProblem(RegistryKeys.field(registry), "cần để lấy \"" + paper.name()
                            + "\" từ CSDL " + registry));
                }
            }
        }
    }
}
