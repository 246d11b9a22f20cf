package org.motcua.intake.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.motcua.intake.domain.AdministrativeUnit;
import org.motcua.intake.domain.PreMergerUnit;
import org.motcua.intake.domain.UnitType;

/**
 * Turns the unit seed files into units and their pre-merger units. A unit is remote when most of the
 * pre-merger units it absorbed lay in a mountain or island district ({@code remote_districts.csv}).
 */
final class UnitSeedReader {

    private UnitSeedReader() {
    }

    record Units(List<AdministrativeUnit> units, List<PreMergerUnit> preMergerUnits) {
    }

    static Units read(List<Map<String, String>> unitRows, List<Map<String, String>> mappingRows,
            List<Map<String, String>> remoteDistrictRows) {
        Set<String> remoteDistricts = remoteDistrictRows.stream()
                .map(r -> r.get("old_province_name").trim() + "/" + r.get("old_district_full_name").trim())
                .collect(Collectors.toSet());
        List<PreMergerUnit> preMerger = new ArrayList<>();
        Map<String, int[]> remoteCount = new HashMap<>();
        for (Map<String, String> row : mappingRows) {
            String newCode = row.get("new_code").trim();
            preMerger.add(new PreMergerUnit(row.get("old_code").trim(), newCode, row.get("old_full_name").trim(),
                    row.get("old_district_full_name").trim(), row.get("old_province_name").trim(),
                    "yes".equalsIgnoreCase(row.get("old_unit_maps_to_multiple_new_units").trim()),
                    row.get("match_method").trim()));
            int[] counts = remoteCount.computeIfAbsent(newCode, c -> new int[2]);
            counts[1]++;
            if (remoteDistricts.contains(row.get("old_province_name").trim() + "/"
                    + row.get("old_district_full_name").trim())) {
                counts[0]++;
            }
        }
        List<AdministrativeUnit> units = new ArrayList<>();
        for (Map<String, String> row : unitRows) {
            String code = row.get("code").trim();
            UnitType type = UnitType.fromCode(row.get("type"));
            int[] counts = remoteCount.getOrDefault(code, new int[2]);
            boolean remote = type == UnitType.DAC_KHU || (counts[1] > 0 && counts[0] * 2 > counts[1]);
            units.add(new AdministrativeUnit(code, row.get("name").trim(), row.get("full_name").trim(), type,
                    row.get("old_province_code").trim(), row.get("pre_merger_units_text").trim(), remote));
        }
        return new Units(units, preMerger);
    }
}
