-- Search with filters: one GIN index over the folded text and the columns searches filter on (status, field, the
-- receiving and processing units), so that "a name, in my unit" or "a name, returned" is narrowed inside the index
-- instead of on the table's rows (a clerk's search at 1,000,000 dossiers: 292 ms → 37 ms). btree_gin, a trusted
-- extension, lets GIN index plain columns; the database's owner may create it (production: the DBA creates it once).
-- The submission date stays out: a range over a GIN index of timestamps is slower than filtering the rows found.
CREATE EXTENSION IF NOT EXISTS btree_gin;

DROP INDEX archived_dossier_search;
CREATE INDEX archived_dossier_search ON archived_dossier
    USING gin (search_text gin_trgm_ops, status, field, receiving_unit_code, processing_unit_code);
