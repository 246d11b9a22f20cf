package org.motcua.routing.domain.twin;

import java.util.List;
import java.util.Locale;

import org.motcua.platformkit.data.Csv;
import org.motcua.routing.domain.policy.CompetenceRule;

/**
 * Where and when the province's dossiers arrive ({@code twin/README.md}): a yearly volume spread over the
 * working days with a monthly profile (the rush before Tết), over the procedures by weight, and over the
 * communes by size — pooled procedures (certification, household business) skewed more strongly towards the
 * wards, where people work and shop, than procedures tied to residence or land.
 *
 * @param annualDossiers      dossiers a year (≈ 540,000 from the 2024 statistics)
 * @param pooledWardFactor    demand of a ward per absorbed unit for pooled procedures, relative to a commune
 * @param residenceWardFactor the same for procedures bound to residence or land
 * @param monthFactors        twelve relative monthly volumes, January first
 */
public record DemandModel(List<DemandProcedure> procedures, double annualDossiers, double pooledWardFactor,
        double residenceWardFactor, List<Double> monthFactors) {

    public static final int WORKING_DAYS_PER_YEAR = 248;
    public static final double ANNUAL_DOSSIERS = 540_000;
    private static final List<Double> MONTHS = List.of(1.25, 0.80, 1.05, 1.0, 1.0, 1.0, 1.05, 1.0, 0.95, 0.95, 1.0,
            1.15);

    public DemandModel {
        procedures = List.copyOf(procedures);
        monthFactors = List.copyOf(monthFactors);
        if (monthFactors.size() != 12 || annualDossiers < 0 || procedures.isEmpty()) {
            throw new IllegalArgumentException("a demand model needs procedures, a volume and twelve months");
        }
    }

    /** The standard model of the province: {@code twin/demand.csv}, 540,000 dossiers a year. */
    public static DemandModel standard() {
        List<DemandProcedure> procedures = Csv.readResource("twin/demand.csv").stream()
                .map(r -> new DemandProcedure(r.get("procedure_code").trim(), r.get("procedure").trim(),
                        r.get("field").trim(), CompetenceRule.valueOf(r.get("competence_rule").trim()
                                .toUpperCase(Locale.ROOT)), r.get("agency").trim(),
                        Double.parseDouble(r.get("effort_hours")), Integer.parseInt(r.get("legal_working_days").trim()),
                        Double.parseDouble(r.get("weight"))))
                .toList();
        return new DemandModel(procedures, ANNUAL_DOSSIERS, 2.5, 1.5, MONTHS);
    }

    public DemandModel withAnnualDossiers(double dossiers) {
        return new DemandModel(procedures, dossiers, pooledWardFactor, residenceWardFactor, monthFactors);
    }

    /** The month (0 = January) a working day of the simulated year falls in. */
    public static int monthOf(int workingDay) {
        return (int) ((long) (workingDay % WORKING_DAYS_PER_YEAR) * 12 / WORKING_DAYS_PER_YEAR);
    }

    /** Dossiers arriving per office hour over the province in the given month. */
    public double hourlyRate(int month) {
        double mean = monthFactors.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return annualDossiers / WORKING_DAYS_PER_YEAR / DefaultStaffing.OFFICE_HOURS_PER_DAY
                * monthFactors.get(month) / mean;
    }

    /** The procedure's share of all dossiers. */
    public double share(DemandProcedure procedure) {
        return procedure.weight() / procedures.stream().mapToDouble(DemandProcedure::weight).sum();
    }

    /** How many of the procedure's dossiers a commune receives, relative to others (agencies receive none). */
    public double unitWeight(TwinUnit unit, boolean pooled) {
        if (unit.agency()) {
            return 0;
        }
        return unit.size() * (unit.ward() ? (pooled ? pooledWardFactor : residenceWardFactor) : 1.0);
    }
}
