-- Indexes for the scorecard's passes over protection's views (V33): plans ended in a period or still open after
-- its end are found by end date; initial conferences held in a period by type and date, not by scanning every
-- held conference.
CREATE INDEX child_protection_plan_end_idx ON child_protection_plan (end_date, start_date);
CREATE INDEX conference_type_held_idx ON conference (type, held_on);
