-- The applicant's ESP signature of an application: the exact signed document, the CMS as
-- NCALayer returned it (DER, base64), and what the verification established.
CREATE TABLE application_signatures (
    application_id TEXT PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
    document TEXT NOT NULL,
    cms TEXT NOT NULL,
    signer_iin TEXT NOT NULL,
    signer_name TEXT NOT NULL,
    certificate_serial TEXT NOT NULL,
    certificate_issuer TEXT NOT NULL,
    certificate_not_after INTEGER NOT NULL,
    signed_at INTEGER NOT NULL,
    verified_at INTEGER NOT NULL
);
