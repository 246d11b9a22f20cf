-- notification-service: the applicant's personal data encrypted at rest (issue 18). The name, email and phone of a
-- dossier's applicant, and each message's recipient name, address, text and apology letter (it names the applicant)
-- are stored as "pd1.<key id>.<Base64>" (AES-GCM, platform-kit PersonalDataCipher). Values stored before are read as
-- they are until POST /api/v1/personal-data/rotation encrypts them.
ALTER TABLE dossier_addressee
    ALTER COLUMN applicant_full_name TYPE text,
    ALTER COLUMN email TYPE text,
    ALTER COLUMN phone TYPE text;

-- One person's messages leave in order: the queue compares the address's keyed hash (address_key), as the address
-- itself is no longer comparable. The rotation fills it in for the messages written before; until then those are
-- each sent without waiting for the earlier ones to the same address.
DROP INDEX notification_queued_per_address;
ALTER TABLE notification
    ALTER COLUMN recipient_name TYPE text,
    ALTER COLUMN address TYPE text,
    ALTER COLUMN apology_letter TYPE text USING CAST(apology_letter AS text),
    ADD COLUMN address_key varchar(64);
CREATE INDEX notification_queued_per_address ON notification (channel, address_key, seq) WHERE status = 'QUEUED';

ALTER TABLE held_message ALTER COLUMN apology_letter TYPE text USING CAST(apology_letter AS text);
