package org.motcua.intake.service.registry;

import java.util.Map;

/** What a national registry answers through the data-sharing gateway: its reference and the data. */
public record RegistryAnswer(String registry, String reference, Map<String, Object> data) {
}
