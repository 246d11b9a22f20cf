package org.motcua.routing.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.motcua.routing.domain.policy.Forecast;
import org.motcua.routing.domain.policy.Risk;

/**
 * Theo dõi hạn: what the SLA monitor knows of an assignment's appointment and what it did about it: the forecast it
 * took last, when it first found the dossier at risk, the unit's apology with a new date (once, Mẫu 04) and when it
 * announced the dossier overdue.
 */
@Embeddable
public class SlaWatch {

    /** How far a prediction moves before the stored one is rewritten. */
    static final Duration FORECAST_STEP = Duration.ofHours(1);

    @Enumerated(EnumType.STRING)
    private Risk risk;
    @Column(name = "predicted_completion_at")
    private Instant predictedCompletionAt;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "at_risk_at")
    private Instant atRiskAt;
    @Column(name = "extended_at")
    private Instant extendedAt;
    @Column(name = "previous_due_at")
    private Instant previousDueAt;
    @Column(name = "overdue_at")
    private Instant overdueAt;

    /**
     * Takes the monitor's forecast.
     *
     * @return true the first time the dossier is found at risk (announce {@code DeadlineAtRisk} then)
     */
    boolean reviewed(Forecast forecast, Instant now) {
        if (forecastMoved(forecast)) {
            // written only when the forecast changed: a queue costs no row updates every minute
            risk = forecast.risk();
            predictedCompletionAt = forecast.predictedCompletion();
            reviewedAt = now;
        }
        if (firstAtRisk(forecast)) {
            atRiskAt = now;
            return true;
        }
        return false;
    }

    /**
     * Whether reviewing the dossier now would change what is kept of it or announce something (at risk, overdue):
     * the monitor loads the assignment only then, or when it may act on a dossier at risk.
     */
    public boolean wouldChange(Forecast forecast, Instant dueAt, Instant now) {
        return forecastMoved(forecast) || firstAtRisk(forecast) || firstOverdue(dueAt, now);
    }

    /** What the monitor kept of a queued dossier, read with its queue (not managed: to decide, never to change). */
    public static SlaWatch kept(Risk risk, Instant predictedCompletionAt, Instant atRiskAt, Instant extendedAt,
            Instant overdueAt) {
        SlaWatch kept = new SlaWatch();
        kept.risk = risk;
        kept.predictedCompletionAt = predictedCompletionAt;
        kept.atRiskAt = atRiskAt;
        kept.extendedAt = extendedAt;
        kept.overdueAt = overdueAt;
        return kept;
    }

    private boolean forecastMoved(Forecast forecast) {
        return risk != forecast.risk() || moved(predictedCompletionAt, forecast.predictedCompletion());
    }

    private boolean firstAtRisk(Forecast forecast) {
        return forecast.risk() == Risk.AT_RISK && atRiskAt == null;
    }

    private boolean firstOverdue(Instant dueAt, Instant now) {
        return overdueAt == null && dueAt != null && !dueAt.isAfter(now);
    }

    /**
     * Whether a stored prediction is worth rewriting: a prediction counted from "now" slides by a minute at every
     * pass during office hours, so it is kept until it moves by {@link #FORECAST_STEP} (the queue view computes its
     * own, current forecast; the risk is rewritten whenever it changes).
     */
    private static boolean moved(Instant stored, Instant fresh) {
        if (stored == null || fresh == null) {
            return stored != fresh;
        }
        return Duration.between(stored, fresh).abs().compareTo(FORECAST_STEP) >= 0;
    }

    /** @return true the first time a dossier in its queue is found past its appointment */
    boolean overdue(Instant dueAt, Instant now) {
        if (!firstOverdue(dueAt, now)) {
            return false;
        }
        overdueAt = now;
        return true;
    }

    /** Whether the unit apologised with a new date already (it does once). */
    public boolean apologised() {
        return extendedAt != null;
    }

    /** The unit apologised and moved the appointment from {@code previousDue}: back on track. */
    void apologise(Instant previousDue, Instant now) {
        previousDueAt = previousDue;
        extendedAt = now;
        risk = Risk.ON_TRACK;
    }

    public Risk risk() {
        return risk;
    }

    public Instant predictedCompletionAt() {
        return predictedCompletionAt;
    }

    public Instant atRiskAt() {
        return atRiskAt;
    }

    public Instant extendedAt() {
        return extendedAt;
    }

    public Instant previousDueAt() {
        return previousDueAt;
    }

    public Instant overdueAt() {
        return overdueAt;
    }
}
