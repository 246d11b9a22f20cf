-- The procedure's name as intake published it with the dossier, so that queues and the control sheet (Mẫu 06) read
-- as people know the procedure, not only by its code. Dossiers assigned before this column keep NULL (shown by code).
ALTER TABLE assignment ADD COLUMN procedure_name text;
