package org.motcua.records.domain.migration;

import java.util.List;
import java.util.Map;

import org.motcua.records.domain.SearchText;

/**
 * Rules that place a split commune's dossiers: the first rule whose address keyword (words such as "thôn Bùi Hui")
 * appears in the applicant's address names the new unit.
 */
public record UnitRules(Map<String, List<Rule>> byOldUnit) {

    /** One rule of a split commune. */
    public record Rule(String originalUnitCode, String addressKeyword, String newUnitCode) {
    }

    public static final UnitRules NONE = new UnitRules(Map.of());

    /** The new unit the rules give this address in this commune, or null. */
    public String decide(String originalUnitCode, String address) {
        List<Rule> rules = byOldUnit.getOrDefault(originalUnitCode, List.of());
        if (rules.isEmpty() || address == null) {
            return null;
        }
        String text = SearchText.of(address);
        return rules.stream().filter(r -> text.contains(SearchText.of(r.addressKeyword()))).map(Rule::newUnitCode)
                .findFirst().orElse(null);
    }
}
