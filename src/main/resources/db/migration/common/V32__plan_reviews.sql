-- The reviews of each plan, with the due date the DfE measures them against, so that review timeliness
-- (indicators.md: reviewsInTimescale, childrenReviewedInTimescale) is a plain comparison, not a walk.
CREATE TABLE plan_review (
    plan_id       BIGINT NOT NULL REFERENCES child_protection_plan (id),
    conference_id BIGINT NOT NULL REFERENCES conference (id),
    child_id      BIGINT NOT NULL,
    held_on       DATE   NOT NULL,
    due_on        DATE   NOT NULL,
    PRIMARY KEY (plan_id, conference_id)
);
CREATE INDEX plan_review_held_idx ON plan_review (held_on);
CREATE INDEX plan_review_child_idx ON plan_review (child_id);
COMMENT ON TABLE plan_review IS 'A review conference held for a child''s plan (siblings reviewed together give one row per plan).';
COMMENT ON COLUMN plan_review.due_on IS 'DfE due date: the first review of a plan is due start + 3 months, each later one the previous review''s actual date + 6 months; independent of any locally shortened timescale.';
