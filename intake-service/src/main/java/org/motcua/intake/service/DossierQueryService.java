package org.motcua.intake.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.intake.domain.Dossier;
import org.motcua.intake.domain.DossierRepository;
import org.motcua.intake.domain.DossierStatusChange;
import org.motcua.platformkit.problem.ResourceNotFoundException;

/** Reads dossiers as intake holds them. */
@ApplicationScoped
public class DossierQueryService {

    private final DossierRepository dossiers;

    DossierQueryService(DossierRepository dossiers) {
        this.dossiers = dossiers;
    }

    @Transactional
    public Dossier get(UUID id) {
        return dossiers.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("Hồ sơ", id));
    }

    @Transactional
    public List<DossierStatusChange> history(UUID id) {
        return dossiers.history(id);
    }
}
