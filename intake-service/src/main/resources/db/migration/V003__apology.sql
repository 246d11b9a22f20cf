-- The apology with a new appointment (Mẫu 04), as routing announced it: when, why, by which unit, and
-- the appointment it replaced. Null until the processing unit apologises (once at most).
ALTER TABLE dossier
    ADD COLUMN apology_at          timestamptz,
    ADD COLUMN apology_reason      varchar(1000),
    ADD COLUMN apology_unit_code   varchar(40),
    ADD COLUMN due_before_apology  timestamptz;
