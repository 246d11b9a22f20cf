-- An appointment counted on the law's days off of a year whose official notice is not loaded is provisional: it is
-- shown so, and counted again when a province admin loads the notice (only open dossiers: the partial index).
ALTER TABLE dossier ADD COLUMN deadline_provisional boolean NOT NULL DEFAULT false;
CREATE INDEX dossier_provisional_deadline ON dossier (receiving_unit_code)
    WHERE deadline_provisional AND status IN ('RECEIVED', 'SUPPLEMENTATION_REQUESTED');

-- The years whose notice the province admins were asked to load: once per year, whatever the number of dossiers.
CREATE TABLE calendar_notice_request (
    year                integer      PRIMARY KEY,
    first_dossier_code  varchar(40)  NOT NULL,
    requested_at        timestamptz  NOT NULL
);
