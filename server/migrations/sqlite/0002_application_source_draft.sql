-- The draft an application was sent from, so a repeated send (a double click, a resent form)
-- leads to the application instead of a missing draft.
ALTER TABLE applications ADD COLUMN source_draft TEXT;
CREATE INDEX applications_source_draft ON applications (user_id, source_draft);
