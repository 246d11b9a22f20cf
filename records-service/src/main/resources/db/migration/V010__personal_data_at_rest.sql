-- records-service: the applicant's name encrypted at rest (issue 18). An archived dossier's applicant name and a known
-- applicant's name are stored as "pd1.<key id>.<Base64>" (AES-GCM, platform-kit PersonalDataCipher); values stored
-- before are read as they are until POST /api/v1/personal-data/rotation encrypts them.
ALTER TABLE archived_dossier ALTER COLUMN applicant_full_name TYPE text;
ALTER TABLE applicant ALTER COLUMN full_name TYPE text;

-- The name leaves the searchable text: it is found by name_tokens, the keyed hashes of the starts of its folded words
-- (NameTokens), in the same GIN index as the text and the filters. The platform holds no deployed archive from before
-- this version (its wave-1 services were not yet deployed); a dossier archived before it by a local stack keeps its
-- name in search_text until its next event indexes it again.
ALTER TABLE archived_dossier ADD COLUMN name_tokens text[] NOT NULL DEFAULT '{}';
DROP INDEX archived_dossier_search;
CREATE INDEX archived_dossier_search ON archived_dossier
    USING gin (search_text gin_trgm_ops, name_tokens, status, field, receiving_unit_code, processing_unit_code);
