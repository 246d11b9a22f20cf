package org.motcua.records.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.problem.ResourceNotFoundException;
import org.motcua.records.config.RetentionConfig;
import org.motcua.records.domain.ArchivedDossier;
import org.motcua.records.domain.ArchivedDossierRepository;
import org.motcua.records.domain.Retention;
import org.motcua.records.domain.RetentionRepository;
import org.motcua.records.domain.RetentionRule;
import org.motcua.records.service.audit.AuditLog;

/** Retention rules, legal holds and the list of dossiers that may be disposed of. Every change is audited. */
@ApplicationScoped
public class RetentionService {

    private final RetentionRepository rules;
    private final ArchivedDossierRepository dossiers;
    private final AuditLog audit;
    private final Clock clock;
    private final int defaultYears;

    RetentionService(RetentionRepository rules, ArchivedDossierRepository dossiers, AuditLog audit, Clock clock,
            RetentionConfig config) {
        this.rules = rules;
        this.dossiers = dossiers;
        this.audit = audit;
        this.clock = clock;
        this.defaultYears = config.defaultYears();
    }

    public int defaultYears() {
        return defaultYears;
    }

    /** How long the dossier is kept: its procedure's rule, else its field's, else the default. */
    public Retention retentionOf(ArchivedDossier dossier) {
        return rules.ruleFor(dossier.procedureCode(), dossier.field())
                .map(r -> Retention.of(dossier.closedAt(), r.years(), r.id().scope() + " " + r.id().key() + ": " + r.legalBasis()))
                .orElseGet(() -> Retention.of(dossier.closedAt(), defaultYears, "mặc định " + defaultYears + " năm"));
    }

    @Transactional
    public PageView<RetentionRule> rules(int page, int size) {
        return new PageView<>(rules.all(page, size), page, size, rules.count());
    }

    /** Sets the rule of a procedure or a field ({@code years} null: permanent). */
    @Transactional
    public RetentionRule set(RetentionRule.Key key, Integer years, String legalBasis, String by) {
        RetentionRule rule = rules.findByIdOptional(key).orElse(null);
        if (rule == null) {
            rule = new RetentionRule(key, years, legalBasis, by, clock.instant());
            rules.persist(rule);
        } else {
            rule.change(years, legalBasis, by, clock.instant());
        }
        audit.append(by, AuditLog.Action.RETENTION_RULE_CHANGED, "retention-rule", key.scope() + ":" + key.key(),
                (years == null ? "vĩnh viễn" : years + " năm") + " – " + legalBasis);
        return rule;
    }

    @Transactional
    public void remove(RetentionRule.Key key, String by) {
        if (!rules.deleteById(key)) {
            throw new ResourceNotFoundException("Quy tắc lưu trữ", key.scope() + ":" + key.key());
        }
        audit.append(by, AuditLog.Action.RETENTION_RULE_CHANGED, "retention-rule", key.scope() + ":" + key.key(),
                "xóa: áp dụng quy tắc của lĩnh vực hoặc mặc định " + defaultYears + " năm");
    }

    @Transactional
    public ArchivedDossier hold(UUID dossierId, String reason, String by) {
        ArchivedDossier dossier = dossier(dossierId);
        dossier.hold(reason, by, clock.instant());
        audit.append(by, AuditLog.Action.LEGAL_HOLD_CHANGED, "dossier", dossierId.toString(), "phong tỏa: " + reason);
        return dossier;
    }

    @Transactional
    public ArchivedDossier release(UUID dossierId, String by) {
        ArchivedDossier dossier = dossier(dossierId);
        dossier.releaseHold();
        audit.append(by, AuditLog.Action.LEGAL_HOLD_CHANGED, "dossier", dossierId.toString(), "gỡ phong tỏa");
        return dossier;
    }

    /** Dossiers whose retention had run out at {@code asOf} and that are not on hold, the oldest closure first. */
    @Transactional
    public PageView<ArchivedDossier> disposalCandidates(Instant asOf, RetentionRepository.CandidateFilter filter, int page,
            int size) {
        return new PageView<>(rules.disposalCandidates(asOf, defaultYears, filter, page, size), page, size,
                rules.countDisposalCandidates(asOf, defaultYears, filter));
    }

    private ArchivedDossier dossier(UUID id) {
        return dossiers.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("Hồ sơ", id));
    }
}
