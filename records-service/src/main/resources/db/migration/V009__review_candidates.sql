-- records-service: a held dossier's candidate units as a JSON array instead of a string parsed back (issue 17).
ALTER TABLE migration_review
    ALTER COLUMN candidate_units TYPE jsonb USING to_jsonb(string_to_array(candidate_units, ','));
