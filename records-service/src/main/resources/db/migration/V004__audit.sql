-- Tamper-evident audit log (nhật ký kiểm tra): every state change of the archive and every read of
-- personal data, one row each, chained by SHA-256 (each entry's hash covers the previous entry's hash), with
-- an Ed25519-signed checkpoint every N entries. GET /api/v1/audit/verify finds an edited, deleted,
-- reordered or truncated entry.
CREATE TABLE audit_entry (
    seq           bigint        PRIMARY KEY,        -- 1, 2, 3... without gaps
    at            timestamptz   NOT NULL,
    actor         varchar(200)  NOT NULL,
    action        varchar(60)   NOT NULL,
    subject_type  varchar(40)   NOT NULL,
    subject_id    varchar(100),
    detail        text          NOT NULL,
    prev_hash     varchar(64)   NOT NULL,
    hash          varchar(64)   NOT NULL
);

-- The chain's head: the last entry appended. Appenders lock this row, so entries are chained one at a time.
CREATE TABLE audit_head (
    id            smallint      PRIMARY KEY CHECK (id = 1),
    last_seq      bigint        NOT NULL,
    last_hash     varchar(64)   NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, repeat('0', 64));

CREATE TABLE audit_checkpoint (
    seq           bigint        PRIMARY KEY,        -- the entry it seals (and every one before it)
    hash          varchar(64)   NOT NULL,
    signed_at     timestamptz   NOT NULL,
    signature     varchar(200)  NOT NULL            -- Ed25519 over "seq:hash", base64
);
