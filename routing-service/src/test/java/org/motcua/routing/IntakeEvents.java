package org.motcua.routing;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.motcua.testsupport.TestEvents;

/** {@code DossierSubmitted} events as intake publishes them, built from the contract's example. */
final class IntakeEvents {

    static final String SUBMITTED = "org.motcua.intake.dossier-submitted.v1";

    private IntakeEvents() {
    }

    /** Sends a submission with the example's data and the given fields; returns the dossier id. */
    static String submit(Map<String, Object> fields) {
        String dossierId = UUID.randomUUID().toString();
        Map<String, Object> data = new HashMap<>(fields);
        data.put("dossierId", dossierId);
        data.putIfAbsent("dossierCode", data.getOrDefault("receivingUnitCode", "21025") + "-261126-"
                + String.format("%04d", Math.abs(dossierId.hashCode() % 10000)));
        TestEvents.send(SUBMITTED, dossierId, data);
        return dossierId;
    }

    /** A field no other test uses, so that its loads and staffing are this test's alone. */
    static String freshField(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
