-- Accounts, sessions, the demo registry, drafts, applications and attachments.
-- Times are Unix seconds (UTC); identifiers are UUID strings; structured values are JSON text.

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    iin TEXT NOT NULL UNIQUE,
    password_hash TEXT,
    created_at BIGINT NOT NULL
);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    display_name TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE login_attempts (
    key_hash TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_attempts_key ON login_attempts (key_hash, at);

CREATE TABLE registry_people (
    iin TEXT PRIMARY KEY,
    record TEXT NOT NULL
);

CREATE TABLE drafts (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    service TEXT NOT NULL,
    version BIGINT NOT NULL,
    channel TEXT NOT NULL,
    answers TEXT NOT NULL,
    prefill TEXT NOT NULL,
    registry_found BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX drafts_user ON drafts (user_id, updated_at);

CREATE TABLE applications (
    id TEXT PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL REFERENCES users (id),
    service TEXT NOT NULL,
    version BIGINT NOT NULL,
    channel TEXT NOT NULL,
    answers TEXT NOT NULL,
    prefill TEXT NOT NULL,
    status TEXT NOT NULL,
    submitted_at BIGINT NOT NULL,
    due_date TEXT NOT NULL
);
CREATE INDEX applications_user ON applications (user_id, submitted_at);

CREATE TABLE application_events (
    id BIGSERIAL PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX application_events_app ON application_events (application_id, id);

CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    draft_id TEXT REFERENCES drafts (id) ON DELETE CASCADE,
    application_id TEXT REFERENCES applications (id) ON DELETE CASCADE,
    slot TEXT NOT NULL,
    file_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX attachments_draft ON attachments (draft_id);
CREATE INDEX attachments_application ON attachments (application_id);
CREATE INDEX attachments_sha ON attachments (sha256);
