package org.motcua.intake.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.motcua.intake.domain.CatalogProcedure;
import org.motcua.intake.domain.ProcedureDefinition;
import org.motcua.intake.domain.ProcedureRepository;
import org.motcua.intake.domain.ProcedureVersion;
import org.motcua.platformkit.data.VietnameseText;
import org.motcua.platformkit.problem.FieldProblem;
import org.motcua.platformkit.problem.RuleViolationException;

/**
 * Writes the catalog: every change of an entry is a new version (dossiers keep theirs), and no entry may
 * ask the applicant to hand in a paper that a national database replaces (once-only).
 */
@ApplicationScoped
public class CatalogService {

    /** Papers that prove identity: the population database replaces them all. */
    private static final List<String> IDENTITY_PAPERS = List.of("can cuoc", "chung minh nhan dan", "giay to tuy than",
            "so ho khau", "xac nhan cu tru");

    private final ProcedureRepository procedures;
    private final CatalogCache cache;
    private final EntityManager entityManager;
    private final Clock clock;

    CatalogService(ProcedureRepository procedures, CatalogCache cache, EntityManager entityManager, Clock clock) {
        this.procedures = procedures;
        this.cache = cache;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * A province-admin defines or changes an entry: refused when a paper to hand in is one a national
     * database replaces.
     */
    @Transactional
    public ProcedureVersion defineByAdmin(String code, ProcedureDefinition definition, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> replacedPapers = replacedPaperNames();
        for (int i = 0; i < definition.documents().size(); i++) {
            ProcedureDefinition.Document document = definition.documents().get(i);
            String folded = VietnameseText.fold(document.name());
            if (document.replacedBy().isEmpty()
                    && replacedPapers.stream().anyMatch(paper -> !paper.isBlank() && folded.contains(paper))) {
                problems.add(new FieldProblem("requiredDocuments[" + i + "]",
                        "giấy tờ này đã có trong cơ sở dữ liệu quốc gia: không được yêu cầu người dân nộp"
                                + " (Nghị quyết 66.7/2025/NQ-CP); hãy ghi cơ sở dữ liệu thay thế"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException("database-replaced-paper", "Thành phần hồ sơ vi phạm nguyên tắc chỉ cung cấp"
                    + " thông tin một lần", problems);
        }
        return define(code, definition, ProcedureVersion.Source.ADMIN, actor);
    }

    /** Stores the definition as the entry's new current version, unless it equals the current one. */
    @Transactional
    public ProcedureVersion define(String code, ProcedureDefinition definition, ProcedureVersion.Source source,
            String actor) {
        CatalogProcedure entry = procedures.entry(code).orElseGet(() -> {
            CatalogProcedure created = new CatalogProcedure(code);
            procedures.persist(created);
            return created;
        });
        if (entry.currentVersion() > 0) {
            ProcedureVersion current = procedures.version(code, entry.currentVersion()).orElseThrow();
            if (current.contentHash().equals(definition.contentHash())) {
                return current;
            }
        }
        ProcedureVersion version = ProcedureVersion.of(code, entry.advance(), definition, source, clock.instant(), actor);
        procedures.persist(version);
        cache.forgetProcedure(code);
        return version;
    }

    /** Folded names of the papers databases replace anywhere in the catalog, and the identity papers. */
    private Set<String> replacedPaperNames() {
        Set<String> names = new LinkedHashSet<>(IDENTITY_PAPERS);
        entityManager.createQuery("SELECT DISTINCT d.name FROM ProcedureVersion v JOIN v.documents d"
                + " WHERE d.replacedBy IS NOT NULL", String.class)
                .getResultStream()
                .map(VietnameseText::fold)
                .filter(name -> name.split(" ").length >= 2)
                .forEach(names::add);
        return names;
    }
}
