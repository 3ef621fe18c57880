-- Children imported from a CIN census have no NHS number, and imported conferences are all held: PostgreSQL can
-- leave those rows out of the indexes that only ever look up an NHS number or a conference still to be held.
-- (H2 has no partial indexes; it keeps the full ones of V10 and V30.)
DROP INDEX child_nhs_number_idx;
CREATE INDEX child_nhs_number_idx ON child (nhs_number) WHERE nhs_number IS NOT NULL;

-- Conferences requested or booked, in order of due date: the list of conferences to book and hold.
DROP INDEX conference_open_idx;
CREATE INDEX conference_open_idx ON conference (due_date, id) WHERE status IN ('REQUESTED', 'BOOKED');
