-- records-service: the applicant's name encrypted at rest (issue 18). An archived dossier's applicant name and a known
-- applicant's name are stored as "pd1.<key id>.<Base64>" (AES-GCM, platform-kit PersonalDataCipher); values stored
-- before are read as they are until POST /api/v1/personal-data/rotation encrypts them.
ALTER TABLE archived_dossier ALTER COLUMN applicant_full_name TYPE text;
ALTER TABLE applicant ALTER COLUMN full_name TYPE text;

-- The search no longer reads a folded text, which held the name: search_tokens holds every start of every folded word
-- of the dossier's code, procedure, field and units, and of the applicant's name only as keyed hashes (SearchTokens).
-- One GIN index over the tokens and the filters answers every word of a query in one scan. The platform holds no
-- deployed archive from before this version (its wave-1 services were not yet deployed); a dossier a local stack
-- archived before it is found again once its next event indexes it.
DROP INDEX archived_dossier_search;
ALTER TABLE archived_dossier DROP COLUMN search_text;
ALTER TABLE archived_dossier ADD COLUMN search_tokens text[] NOT NULL DEFAULT '{}';
CREATE INDEX archived_dossier_search ON archived_dossier
    USING gin (search_tokens, status, field, receiving_unit_code, processing_unit_code);
