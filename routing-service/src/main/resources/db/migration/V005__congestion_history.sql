-- The congestion history: a sample of a unit's load in a field each time the unit-load monitor saw it change
-- (at most one per unit, field and pass). Feeds the congestion view's trend and UnitLoadChanged; kept 35 days.
CREATE TABLE congestion_sample (
    unit_code            varchar(20)   NOT NULL,
    field                varchar(200)  NOT NULL,
    observed_at          timestamptz   NOT NULL,
    queued_dossiers      integer       NOT NULL,
    queued_work_hours    numeric(12,2) NOT NULL,
    staff_hours_per_day  numeric(10,2) NOT NULL,
    at_risk              integer       NOT NULL,
    overdue              integer       NOT NULL,
    PRIMARY KEY (unit_code, field, observed_at)
);
