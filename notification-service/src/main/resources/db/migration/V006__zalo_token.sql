-- notification-service: the Zalo official account's tokens (issue 17).

-- Token Zalo OA: the access token in use, when it expires, and the refresh token that renews it. Each refresh token
-- serves once, so the pair lives here, shared by every instance (the one renewing holds the row), not in memory.
CREATE TABLE zalo_token (
    id             smallint     PRIMARY KEY CHECK (id = 1),
    access_token   text         NOT NULL,
    refresh_token  text         NOT NULL,
    expires_at     timestamptz  NOT NULL,
    refreshed_at   timestamptz
);
