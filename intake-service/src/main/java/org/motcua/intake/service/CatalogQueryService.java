package org.motcua.intake.service;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.intake.domain.AdministrativeUnit;
import org.motcua.intake.domain.AdministrativeUnitRepository;
import org.motcua.intake.domain.PreMergerUnit;
import org.motcua.intake.domain.ProcedureRepository;
import org.motcua.intake.domain.ProcedureVersion;
import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.data.VietnameseText;
import org.motcua.platformkit.problem.ResourceNotFoundException;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Reads the catalog: units with their pre-merger units, procedures by text, field and level. */
@ApplicationScoped
public class CatalogQueryService {

    private final AdministrativeUnitRepository units;
    private final ProcedureRepository procedures;

    CatalogQueryService(AdministrativeUnitRepository units, ProcedureRepository procedures) {
        this.units = units;
        this.procedures = procedures;
    }

    /** A page of units and, in the same call, the pre-merger units of that page. */
    public record UnitPage(PageView<AdministrativeUnit> page, Map<String, List<PreMergerUnit>> preMergerUnits) {
    }

    @Transactional
    public UnitPage units(String text, int page, int size) {
        List<String> words = VietnameseText.words(text);
        StringBuilder where = new StringBuilder("1 = 1");
        Object[] params = new Object[words.size()];
        for (int i = 0; i < words.size(); i++) {
            where.append(" and searchText like ?").append(i + 1);
            params[i] = "%" + words.get(i) + "%";
        }
        PanacheQuery<AdministrativeUnit> query = units.find(where.toString(), Sort.by("code"), params);
        List<AdministrativeUnit> items = query.page(Page.of(page, size)).list();
        return new UnitPage(new PageView<>(items, page, size, query.count()),
                units.preMergerUnitsOf(items.stream().map(AdministrativeUnit::code).toList()));
    }

    @Transactional
    public UnitPage unit(String code) {
        AdministrativeUnit unit = units.findByIdOptional(code).orElseThrow(() -> new ResourceNotFoundException("Đơn vị", code));
        return new UnitPage(new PageView<>(List.of(unit), 0, 1, 1), units.preMergerUnitsOf(List.of(code)));
    }

    @Transactional
    public PageView<ProcedureVersion> procedures(String text, String field, String level, int page, int size) {
        List<String> words = VietnameseText.words(text);
        String fieldFilter = field == null || field.isBlank() ? null : field;
        return new PageView<>(procedures.search(words, fieldFilter, level, page, size), page, size,
                procedures.count(words, fieldFilter, level));
    }

    /** The current version of a procedure, with its required documents. */
    @Transactional
    public ProcedureVersion procedure(String code) {
        ProcedureVersion version = procedures.current(code)
                .orElseThrow(() -> new ResourceNotFoundException("Thủ tục", code));
        version.documents();
        return version;
    }

    /** One version of a procedure (the one a dossier was received under). */
    @Transactional
    public ProcedureVersion procedure(String code, int version) {
        ProcedureVersion found = procedures.version(code, version)
                .orElseThrow(() -> new ResourceNotFoundException("Phiên bản thủ tục", code + " v" + version));
        found.documents();
        return found;
    }

    @Transactional
    public List<String> fields() {
        return procedures.fields();
    }
}
