package org.motcua.intake.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.intake.domain.AdministrativeUnit;
import org.motcua.intake.domain.AdministrativeUnitRepository;
import org.motcua.intake.domain.Procedure;
import org.motcua.intake.domain.ProcedureRepository;
import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.problem.ResourceNotFoundException;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Reads the catalog: units and procedures, paged. */
@ApplicationScoped
public class CatalogQueryService {

    private final AdministrativeUnitRepository units;
    private final ProcedureRepository procedures;

    CatalogQueryService(AdministrativeUnitRepository units, ProcedureRepository procedures) {
        this.units = units;
        this.procedures = procedures;
    }

    @Transactional
    public PageView<AdministrativeUnit> units(int page, int size) {
        return page(units.findAll(Sort.by("code")), page, size);
    }

    @Transactional
    public AdministrativeUnit unit(String code) {
        return units.findByIdOptional(code).orElseThrow(() -> new ResourceNotFoundException("Đơn vị", code));
    }

    @Transactional
    public PageView<Procedure> procedures(String field, int page, int size) {
        return page(procedures.byField(field), page, size);
    }

    @Transactional
    public Procedure procedure(String code) {
        return procedures.findByIdOptional(code).orElseThrow(() -> new ResourceNotFoundException("Thủ tục", code));
    }

    private static <T> PageView<T> page(PanacheQuery<T> query, int page, int size) {
        List<T> items = query.page(Page.of(page, size)).list();
        return new PageView<>(items, page, size, query.count());
    }
}
