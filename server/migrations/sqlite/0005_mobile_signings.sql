-- Signing an application in the eGov mobile app by QR code: one row per code shown. The app reads
-- the request with the token, fetches `document` (the exact bytes to sign) and sends back a CMS
-- signature, which is verified on arrival and again when the application is sent.
CREATE TABLE mobile_signings (
    id TEXT PRIMARY KEY,
    token TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    draft_id TEXT NOT NULL,
    iin TEXT NOT NULL,
    service TEXT NOT NULL,
    document TEXT NOT NULL,
    state TEXT NOT NULL,
    cms TEXT,
    refusal TEXT,
    refusal_date TEXT,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    fetched_at INTEGER,
    finished_at INTEGER
);
CREATE INDEX mobile_signings_draft ON mobile_signings (user_id, draft_id);

-- Every step of a signing by QR code, for the audit trail (never the token or the signature).
CREATE TABLE mobile_signing_events (
    signing_id TEXT NOT NULL REFERENCES mobile_signings (id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    event TEXT NOT NULL,
    detail TEXT
);
CREATE INDEX mobile_signing_events_signing ON mobile_signing_events (signing_id);
