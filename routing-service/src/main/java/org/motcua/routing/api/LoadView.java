package org.motcua.routing.api;

import org.motcua.routing.domain.UnitLoadRepository;

/** What waits at the unit in a field. */
public record LoadView(String field, int queuedDossiers, double queuedWorkHours) {
    static LoadView of(UnitLoadRepository.Load l) {
        return new LoadView(l.field(), l.queuedCount(), l.queuedWorkHours());
    }
}
