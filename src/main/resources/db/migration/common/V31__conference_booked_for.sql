ALTER TABLE conference ADD COLUMN booked_for DATE;
COMMENT ON COLUMN conference.booked_for IS 'The date the conference is booked for (set by scheduling); reports fall due counted back from it.';
