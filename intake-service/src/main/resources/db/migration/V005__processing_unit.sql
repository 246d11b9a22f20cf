-- The unit processing the dossier, as routing announced it (assigned, then each transfer): its staff see the
-- dossier too, besides the receiving unit's (phi địa giới). Null until routing assigns it.
ALTER TABLE dossier ADD COLUMN processing_unit_code varchar(40);
