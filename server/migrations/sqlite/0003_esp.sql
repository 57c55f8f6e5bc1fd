-- ESP sign-in: single-use challenges bound to the browser's session, and the audit of every
-- attempt (certificate serial and issuer, IIN, outcome; never the signature itself).
CREATE TABLE esp_challenges (
    id TEXT PRIMARY KEY,
    binding_hash TEXT NOT NULL,
    data TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);
CREATE INDEX esp_challenges_expires ON esp_challenges (expires_at);

CREATE TABLE esp_login_audit (
    id TEXT PRIMARY KEY,
    at INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    refusal TEXT,
    certificate_serial TEXT,
    certificate_issuer TEXT,
    iin TEXT,
    user_id TEXT
);
CREATE INDEX esp_login_audit_at ON esp_login_audit (at);
