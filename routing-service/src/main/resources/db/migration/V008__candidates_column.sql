-- routing-service: the units an assignment considered, as a JSON column instead of a string parsed back (issue 17).

-- Các đơn vị đã cân nhắc: best first, each with the working days it would have taken there (null: no staff for the
-- field, or not recorded).
ALTER TABLE assignment ADD COLUMN candidates jsonb NOT NULL DEFAULT '[]'::jsonb;
UPDATE assignment a SET candidates = (
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'unitCode', split_part(c.pair, ':', 1),
               'expectedCompletionDays', CASE WHEN split_part(c.pair, ':', 2) IN ('', 'inf') THEN NULL
                                              ELSE CAST(split_part(c.pair, ':', 2) AS numeric) END)
               ORDER BY c.position), '[]'::jsonb)
    FROM unnest(string_to_array(a.candidate_unit_codes, ',')) WITH ORDINALITY AS c (pair, position))
WHERE a.candidate_unit_codes <> '';
ALTER TABLE assignment ALTER COLUMN candidates DROP DEFAULT;
ALTER TABLE assignment DROP COLUMN candidate_unit_codes;
