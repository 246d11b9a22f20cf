-- routing-service: what the SLA monitor knows and has done about each dossier.
ALTER TABLE assignment
    ADD COLUMN risk                     varchar(20),   -- ON_TRACK, AT_RISK, OVERDUE, UNKNOWN (last review)
    ADD COLUMN predicted_completion_at  timestamptz,
    ADD COLUMN reviewed_at              timestamptz,   -- when the forecast last changed
    ADD COLUMN at_risk_at               timestamptz,   -- DeadlineAtRisk announced (once)
    ADD COLUMN rebalanced_at            timestamptz,   -- moved by the monitor (once: no ping-pong)
    ADD COLUMN extended_at              timestamptz,   -- apology and new date (once, Mẫu 04)
    ADD COLUMN previous_due_at          timestamptz,
    ADD COLUMN overdue_at               timestamptz;   -- DossierOverdue announced (once)
-- The congestion view counts dossiers by unit, field and risk.
CREATE INDEX assignment_risk ON assignment (processing_unit_code, field, risk) WHERE status IN ('QUEUED', 'IN_PROGRESS');
