package org.motcua.intake.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The province's commune-level units. */
@ApplicationScoped
public class AdministrativeUnitRepository implements PanacheRepositoryBase<AdministrativeUnit, String> {
}
