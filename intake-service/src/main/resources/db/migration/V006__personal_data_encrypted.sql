-- The applicant's name, email and phone are stored encrypted (AES-GCM, "pd1.<key id>.<Base64>", platform-kit
-- PersonalDataCipher): the columns take the longer ciphertext. Values stored before are read as they are until
-- POST /api/v1/personal-data/rotation encrypts them.
ALTER TABLE dossier
    ALTER COLUMN applicant_full_name TYPE varchar(1024),
    ALTER COLUMN applicant_email TYPE varchar(1024),
    ALTER COLUMN applicant_phone TYPE varchar(1024);
