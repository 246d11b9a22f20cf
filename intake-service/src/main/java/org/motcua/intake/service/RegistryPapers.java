package org.motcua.intake.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.intake.domain.DossierDocument;
import org.motcua.intake.domain.Registry;
import org.motcua.intake.domain.RequiredDocument;
import org.motcua.intake.service.registry.NationalDataGateway;
import org.motcua.intake.service.registry.RegistryLookup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Once-only: every paper a national database replaces is fetched from it (one lookup per database and key), never
 * asked of the applicant; what a database cannot give now stays pending. Runs outside any database transaction.
 */
@ApplicationScoped
class RegistryPapers {

    private final NationalDataGateway gateway;
    private final ObjectMapper json;
    private final Clock clock;

    RegistryPapers(NationalDataGateway gateway, ObjectMapper json, Clock clock) {
        this.gateway = gateway;
        this.json = json;
        this.clock = clock;
    }

    FetchedPapers fetch(SubmissionPlan plan, NewDossier input) {
        List<DossierDocument> documents = new ArrayList<>();
        int position = 0;
        for (NewDossier.HandedIn paper : input.documents()) {
            documents.add(DossierDocument.handedIn(position++, paper.name().trim(), paper.pageCount(), plan.receivedAt()));
        }
        Map<String, RegistryLookup> asked = new HashMap<>();
        String residence = input.residenceUnitCode();
        String land = null;
        for (RequiredDocument paper : plan.databasePapers()) {
            Registry registry = paper.replacedBy().stream().filter(NationalDataGateway::supports).findFirst().orElse(null);
            if (registry == null) {
                documents.add(DossierDocument.pending(position++, paper.name(), paper.replacedBy().get(0),
                        "chưa kết nối được CSDL " + paper.replacedBy(), clock.instant()));
                continue;
            }
            String key = RegistryKeys.of(registry, input);
            RegistryLookup lookup = asked.computeIfAbsent(registry + "/" + key, k -> gateway.lookUp(registry, key));
            if (lookup.found()) {
                documents.add(DossierDocument.fetched(position++, paper.name(), registry, lookup.reference(),
                        lookup.dataJson(), lookup.at()));
                if (registry == Registry.POPULATION && residence == null) {
                    residence = text(lookup.dataJson(), "/permanentResidence/unitCode");
                }
                if (registry == Registry.LAND) {
                    land = text(lookup.dataJson(), "/unitCode");
                }
            } else {
                documents.add(DossierDocument.pending(position++, paper.name(), registry, lookup.reason(), lookup.at()));
            }
        }
        return new FetchedPapers(documents, residence, land);
    }

    private String text(String dataJson, String pointer) {
        try {
            JsonNode node = json.readTree(dataJson).at(pointer);
            return node.isTextual() ? node.asText() : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
