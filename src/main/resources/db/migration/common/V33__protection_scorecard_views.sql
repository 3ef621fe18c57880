-- Read-only views the protection module publishes for the scorecard (and any other reader of figures), so
-- readers depend on these columns, not on protection's tables, which protection may reshape freely.

CREATE VIEW cp_plan_facts AS
SELECT id AS plan_id, child_id, start_date, end_date, initial_category, latest_category, previous_plans, pre_birth,
       transferred_from
FROM child_protection_plan;
COMMENT ON VIEW cp_plan_facts IS 'Child protection plans: open at t when start_date <= t and (end_date is null or end_date > t); previous_plans is NumberOfPreviousCPP; transferred_from is set for a plan that began in another authority.';

CREATE VIEW cp_plan_category_facts AS
SELECT child_protection_plan AS plan_id, changed_on, category
FROM plan_category_change;
COMMENT ON VIEW cp_plan_category_facts IS 'A plan''s category of abuse from changed_on until its next row: the first row is the initial category, the newest the latest.';

CREATE VIEW cp_review_facts AS
SELECT plan_id, conference_id, child_id, held_on, due_on
FROM plan_review;
COMMENT ON VIEW cp_review_facts IS 'Each review conference held for a plan (one row per plan when siblings are reviewed together), with the DfE due date: start + 3 months for the first, the previous review''s actual date + 6 months after.';

CREATE VIEW cp_icpc_facts AS
SELECT c.id AS conference_id, c.held_on,
       CASE WHEN sd.section47_started THEN sd.held_on END AS section47_start
FROM conference c
LEFT JOIN strategy_discussion sd ON sd.id = c.strategy_discussion_id
WHERE c.type = 'INITIAL' AND c.status = 'HELD';
COMMENT ON VIEW cp_icpc_facts IS 'Initial conferences held, with the date of the strategy discussion that started the section 47 enquiry (S47ActualStartDate); section47_start is null when no section 47 enquiry is recorded. Transfer-in conferences are not initial conferences.';

CREATE VIEW cp_conference_child_facts AS
SELECT cc.conference AS conference_id, cc.child_id, c.type AS conference_type, c.held_on
FROM conference_child cc
JOIN conference c ON c.id = cc.conference
WHERE c.status = 'HELD';
COMMENT ON VIEW cp_conference_child_facts IS 'The children each held conference considered.';

CREATE VIEW cp_late_reason_facts AS
SELECT c.id AS conference_id, c.type AS conference_type, c.held_on, lr.code AS reason_code, r.label AS reason_label
FROM conference_late_reason lr
JOIN conference c ON c.id = lr.conference
JOIN late_reason r ON r.code = lr.code
WHERE c.status = 'HELD';
COMMENT ON VIEW cp_late_reason_facts IS 'Why a held conference was held after its due date: one row per conference and reason (seed 5.2, 6.4).';
