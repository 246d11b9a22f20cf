-- routing-service: who can process what, how much they can do, and what waits for them.

-- The units that process dossiers: the province's 96 communes and the provincial agencies some
-- procedures name. Seed data (resources/seed), refreshed at start.
CREATE TABLE processing_unit (
    code          varchar(40)  PRIMARY KEY,   -- 5-digit commune code, or T.<agency> for a provincial agency
    name          varchar(200) NOT NULL,
    kind          varchar(20)  NOT NULL,      -- COMMUNE or AGENCY
    unit_type     varchar(20),                -- XA, PHUONG, DAC_KHU for a commune
    size          integer      NOT NULL,      -- pre-merger units absorbed (the default staffing grows with it)
    match_name    text         NOT NULL       -- accent-folded name, to match an agency named in an event
);

-- Officers (full-time equivalents) and their processing hours per working day, per unit and field.
-- field '*' covers every field without a row of its own. Seeded with defaults, changed by province-admins.
CREATE TABLE unit_staffing (
    unit_code      varchar(40)  NOT NULL REFERENCES processing_unit (code),
    field          varchar(200) NOT NULL,
    officers       numeric(6,2) NOT NULL CHECK (officers >= 0),
    hours_per_day  numeric(4,2) NOT NULL CHECK (hours_per_day > 0 AND hours_per_day <= 8),
    updated_by     varchar(200) NOT NULL,
    updated_at     timestamptz  NOT NULL,
    PRIMARY KEY (unit_code, field)
);

-- Tăng cường: a provincial officer attached to a unit (on site) or processing remotely for it, for a period.
CREATE TABLE reinforcement (
    id             uuid         PRIMARY KEY,
    officer_name   varchar(200) NOT NULL,
    home_agency    varchar(200) NOT NULL,
    unit_code      varchar(40)  NOT NULL REFERENCES processing_unit (code),
    field          varchar(200) NOT NULL,     -- '*' for every field of the unit
    mode           varchar(10)  NOT NULL,     -- ON_SITE or REMOTE
    hours_per_day  numeric(4,2) NOT NULL CHECK (hours_per_day > 0 AND hours_per_day <= 8),
    starts_on      date         NOT NULL,
    ends_on        date         NOT NULL CHECK (ends_on >= starts_on),
    created_by     varchar(200) NOT NULL,
    created_at     timestamptz  NOT NULL
);
CREATE INDEX reinforcement_in_force ON reinforcement (unit_code, ends_on);

-- The work waiting at each unit per field, kept in step with the assignments in the same transaction,
-- so the policy and the congestion view read one row per unit instead of summing queues.
CREATE TABLE unit_load (
    unit_code          varchar(40)   NOT NULL,
    field              varchar(200)  NOT NULL,
    queued_count       integer       NOT NULL CHECK (queued_count >= 0),
    queued_work_hours  numeric(12,2) NOT NULL CHECK (queued_work_hours >= 0),
    PRIMARY KEY (unit_code, field)
);

ALTER TABLE assignment
    ADD COLUMN field            varchar(200),
    ADD COLUMN effort_hours     numeric(6,2),
    ADD COLUMN due_at           timestamptz,
    ADD COLUMN competence_rule  varchar(30),
    ADD COLUMN pooled           boolean NOT NULL DEFAULT false;
UPDATE assignment SET field = '*', effort_hours = 1 WHERE field IS NULL;
ALTER TABLE assignment ALTER COLUMN field SET NOT NULL, ALTER COLUMN effort_hours SET NOT NULL;

-- A unit's queue, earliest deadline first (dossiers without a date last).
DROP INDEX assignment_queue;
CREATE INDEX assignment_queue ON assignment (processing_unit_code, due_at NULLS LAST, submitted_at)
    WHERE status IN ('QUEUED', 'IN_PROGRESS');
