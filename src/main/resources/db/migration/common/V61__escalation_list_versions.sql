-- Agencies and themes are edited by administrators and managers while chairs raise escalations against them:
-- a version on each entry lets a second editor's stale change be refused rather than silently overwrite the first.

ALTER TABLE escalation_agency ADD COLUMN version INT DEFAULT 0 NOT NULL;
ALTER TABLE escalation_theme ADD COLUMN version INT DEFAULT 0 NOT NULL;

COMMENT ON COLUMN escalation_agency.version IS 'Incremented on each change; an edit made from an older version is refused as a conflict.';
COMMENT ON COLUMN escalation_theme.version IS 'Incremented on each change; an edit made from an older version is refused as a conflict.';
COMMENT ON COLUMN escalation_theme.active IS 'False hides the theme from new escalations while keeping it on old ones and in reports.';
