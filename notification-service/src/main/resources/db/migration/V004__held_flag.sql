-- Whether messages wait in held_message for this dossier's applicant: the receipt releases them only then (a query
-- less for every new dossier).
ALTER TABLE dossier_addressee ADD COLUMN has_held boolean NOT NULL DEFAULT false;
UPDATE dossier_addressee a SET has_held = true WHERE EXISTS (SELECT 1 FROM held_message h WHERE h.dossier_id = a.dossier_id);
