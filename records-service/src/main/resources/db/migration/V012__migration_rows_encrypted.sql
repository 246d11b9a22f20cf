-- records-service: the pre-merger systems' rows a migration refused or held for review name people (issue 18): the
-- refused row's text and the held dossier's address and content are stored encrypted, as the applicants' names are.
-- The held dossier's time at its source, which a later export's row is compared with, moves to a column of its own.
ALTER TABLE migration_review ADD COLUMN source_updated_at timestamptz;
UPDATE migration_review SET source_updated_at = CAST(dossier ->> 'sourceUpdatedAt' AS timestamptz);
ALTER TABLE migration_review
    ALTER COLUMN dossier TYPE text USING CAST(dossier AS text),
    ALTER COLUMN address TYPE text;
