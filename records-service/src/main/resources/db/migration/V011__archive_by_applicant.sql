-- records-service: a person's archived dossiers found by their applicant reference (the data subject's export).
CREATE INDEX archived_dossier_applicant ON archived_dossier (applicant_reference) WHERE applicant_reference IS NOT NULL;
