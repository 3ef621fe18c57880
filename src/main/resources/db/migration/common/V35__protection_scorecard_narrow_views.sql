-- Narrow views over covering indexes for the scorecard's passes (V33, V34 published the first ones). The *_facts
-- views carry everything a list of records needs; these carry only what one aggregate pass reads, because H2
-- computes every column of a view for every row, and a narrow view over an index holding all its columns is read
-- from the index alone, by H2 and PostgreSQL alike: on an England-sized history, a fraction of a second instead of
-- seconds. Indexes of V30, V32 and V34 are replaced by supersets with the same leading columns, so whatever used
-- them still can, and the optimizer has no equal-cost rival to pick.

CREATE VIEW cp_plan_started AS
SELECT id AS plan_id, start_date, previous_plans, initial_category
FROM child_protection_plan;
COMMENT ON VIEW cp_plan_started IS 'For counting plans started in a period: start date, NumberOfPreviousCPP, initial category.';

CREATE VIEW cp_plan_ended AS
SELECT id AS plan_id, start_date, end_date
FROM child_protection_plan;
COMMENT ON VIEW cp_plan_ended IS 'For counting plans ended in a period and how long they lasted.';

CREATE VIEW cp_plan_open AS
SELECT id AS plan_id, child_id, start_date, end_date, latest_category
FROM child_protection_plan;
COMMENT ON VIEW cp_plan_open IS 'For finding the plans open at a date: open at t when start_date <= t and (end_date is null or end_date > t).';

CREATE VIEW cp_review_timeliness AS
SELECT conference_id, held_on, due_on
FROM plan_review;
COMMENT ON VIEW cp_review_timeliness IS 'For counting review conferences held in a period and how many were held by their DfE due date.';

CREATE VIEW cp_plan_review_dates AS
SELECT plan_id, held_on, due_on
FROM plan_review;
COMMENT ON VIEW cp_plan_review_dates IS 'A plan''s reviews with their DfE due dates, for walking them up to a date (DfE D6).';

-- Plans started in a period (second or subsequent, initial category); replaces (start_date, end_date).
DROP INDEX child_protection_plan_dates_idx;
CREATE INDEX child_protection_plan_dates_idx ON child_protection_plan (start_date, end_date, previous_plans,
    initial_category);
-- Plans ended in a period, and plans open after its end, with the child and latest category; replaces
-- (end_date, start_date).
DROP INDEX child_protection_plan_end_idx;
CREATE INDEX child_protection_plan_end_idx ON child_protection_plan (end_date, start_date, child_id, latest_category);
-- Reviews held in a period by conference, with the DfE due date; replaces (held_on).
DROP INDEX plan_review_held_idx;
CREATE INDEX plan_review_held_idx ON plan_review (held_on, conference_id, due_on);
-- A plan's reviews up to a date, for the D6 cohort.
CREATE INDEX plan_review_plan_held_idx ON plan_review (plan_id, held_on, due_on);
-- Initial conferences held in a period, with the strategy discussion that started the section 47 enquiry;
-- replaces (type, held_on).
DROP INDEX conference_type_held_idx;
CREATE INDEX conference_type_held_idx ON conference (type, held_on, status, strategy_discussion_id);
CREATE INDEX strategy_discussion_s47_idx ON strategy_discussion (id, held_on, section47_started);
-- Plans whose category changed after a date, for their category at that date.
CREATE INDEX plan_category_change_changed_idx ON plan_category_change (changed_on, child_protection_plan, category);
