-- notification-service: the applicant's reference (the keyed hash of the citizen ID, as intake announces it), so that
-- the province can export all the messages sent to one person (the data subject's export, issue 18).
ALTER TABLE dossier_addressee ADD COLUMN applicant_reference varchar(64);
CREATE INDEX dossier_addressee_applicant ON dossier_addressee (applicant_reference) WHERE applicant_reference IS NOT NULL;
