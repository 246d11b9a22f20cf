package org.motcua.routing.domain.policy;

/**
 * What a unit has to do and can do in one field: the officer hours of the dossiers in its queue and the
 * officer hours it works per day (its own staff and any reinforcement in force).
 *
 * @param unitCode          the unit (or provincial agency)
 * @param queuedWorkHours   estimated hours of the dossiers waiting or in progress there
 * @param staffHoursPerDay  officer hours per working day available for the field
 */
public record UnitLoad(String unitCode, double queuedWorkHours, double staffHoursPerDay) {

    public UnitLoad {
        if (queuedWorkHours < 0 || staffHoursPerDay < 0) {
            throw new IllegalArgumentException("work and capacity cannot be negative");
        }
    }

    public boolean hasCapacity() {
        return staffHoursPerDay > 0;
    }

    /** Working days until a dossier of {@code effortHours} added now would be done (infinite without staff). */
    public double expectedCompletionDays(double effortHours) {
        return hasCapacity() ? (queuedWorkHours + effortHours) / staffHoursPerDay : Double.POSITIVE_INFINITY;
    }

    /** Working days to clear the queue as it is. */
    public double daysToClear() {
        return expectedCompletionDays(0);
    }
}
