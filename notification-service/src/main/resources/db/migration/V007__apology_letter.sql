-- notification-service: the apology letter (Mẫu 04) attached to the applicant's mail (issue 17).

-- Its content as intake announced it (ApologyIssued); the PDF is made from it when the mail is sent.
ALTER TABLE notification ADD COLUMN apology_letter jsonb;
ALTER TABLE held_message ADD COLUMN apology_letter jsonb;
