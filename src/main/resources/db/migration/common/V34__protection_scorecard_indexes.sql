-- Indexes for the scorecard's passes over protection's views (V33). Each carries every column its pass reads, so
-- H2 and PostgreSQL answer from the index alone instead of fetching each row: on an England-sized history that
-- is the difference between seconds and a fraction of one. Two indexes of V30/V32 are replaced by supersets with
-- the same leading columns, so whatever used them still can, and the optimizer has no equal-cost rival to pick.

-- Plans started in a period (second or subsequent, initial category); replaces (start_date, end_date).
DROP INDEX child_protection_plan_dates_idx;
CREATE INDEX child_protection_plan_dates_idx ON child_protection_plan (start_date, end_date, previous_plans,
    initial_category);
-- Plans ended in a period, and plans open after its end, with the child and latest category.
CREATE INDEX child_protection_plan_end_idx ON child_protection_plan (end_date, start_date, child_id, latest_category);
-- Reviews held in a period by conference, with the DfE due date; replaces (held_on).
DROP INDEX plan_review_held_idx;
CREATE INDEX plan_review_held_idx ON plan_review (held_on, conference_id, due_on);
-- A plan's reviews up to a date, for the D6 cohort.
CREATE INDEX plan_review_plan_held_idx ON plan_review (plan_id, held_on, due_on);
-- Initial conferences held in a period, with the strategy discussion that started the section 47 enquiry.
CREATE INDEX conference_type_held_idx ON conference (type, held_on, status, strategy_discussion_id);
CREATE INDEX strategy_discussion_s47_idx ON strategy_discussion (id, held_on, section47_started);
-- Plans whose category changed after a date, for their category at that date.
CREATE INDEX plan_category_change_changed_idx ON plan_category_change (changed_on, child_protection_plan, category);
