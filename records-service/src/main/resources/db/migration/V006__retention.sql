-- Retention (thời hạn lưu trữ): a rule per procedure or per field, in years from the dossier's closure (result
-- returned, refusal, withdrawal); NULL years = permanent. A dossier under legal hold is never a disposal candidate.
CREATE TABLE retention_rule (
    scope        varchar(10)   NOT NULL CHECK (scope IN ('PROCEDURE', 'FIELD')),
    key          varchar(200)  NOT NULL,               -- procedure code or field name
    years        integer       CHECK (years > 0),      -- NULL: kept permanently
    legal_basis  varchar(500)  NOT NULL,
    updated_by   varchar(200)  NOT NULL,
    updated_at   timestamptz   NOT NULL,
    PRIMARY KEY (scope, key)
);
INSERT INTO retention_rule (scope, key, years, legal_basis, updated_by, updated_at) VALUES
    ('FIELD', 'Hộ tịch', NULL, 'Hồ sơ, sổ hộ tịch được lưu trữ vĩnh viễn', 'seed', now());

ALTER TABLE archived_dossier
    ADD COLUMN closed_at        timestamptz,
    ADD COLUMN hold_reason      varchar(1000),
    ADD COLUMN hold_by          varchar(200),
    ADD COLUMN hold_at          timestamptz;
CREATE INDEX archived_dossier_closed ON archived_dossier (closed_at) WHERE closed_at IS NOT NULL AND hold_at IS NULL;
