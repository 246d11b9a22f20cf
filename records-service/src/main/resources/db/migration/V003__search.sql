-- Accent-insensitive search: each archived dossier and document keeps its searchable text folded (lower
-- case, no diacritics, "đ" as "d", VietnameseText.fold), padded with spaces so that a query word matches
-- the start of a word; trigram indexes serve the LIKE patterns. pg_trgm is a trusted extension: the
-- database's owner may create it (production: the DBA creates it once).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE archived_dossier ADD COLUMN search_text text NOT NULL DEFAULT '';
CREATE INDEX archived_dossier_search ON archived_dossier USING gin (search_text gin_trgm_ops);
CREATE INDEX archived_dossier_submitted ON archived_dossier (submitted_at DESC NULLS LAST, id);

ALTER TABLE document ADD COLUMN search_text text NOT NULL DEFAULT '';
CREATE INDEX document_search ON document USING gin (search_text gin_trgm_ops);
