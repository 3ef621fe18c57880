-- An escalation may be raised for a whole sibling group (issue 5): one QPR or DRP about all the siblings, counted
-- once in reports. escalation.child_id stays as the lead child, the one it was raised from, so older readers
-- keep working; escalation_child holds every child the escalation is about, the lead child included.

CREATE TABLE escalation_child (
    escalation_id  BIGINT NOT NULL REFERENCES escalation (id),
    child_id       BIGINT NOT NULL,
    position       INT    NOT NULL,
    PRIMARY KEY (escalation_id, child_id)
);
CREATE INDEX escalation_child_child_idx ON escalation_child (child_id);
COMMENT ON TABLE escalation_child IS 'The children an escalation is about: the lead child at position 0, then, when raised for a sibling group, the siblings in id order.';
COMMENT ON COLUMN escalation_child.child_id IS 'A child the escalation is about; refers to the children module.';

INSERT INTO escalation_child (escalation_id, child_id, position) SELECT id, child_id, 0 FROM escalation;

ALTER TABLE escalation ADD COLUMN sibling_group_id BIGINT;
COMMENT ON COLUMN escalation.sibling_group_id IS 'The sibling group (children module) the escalation was raised for, as the group was then; null when raised for one child.';
COMMENT ON COLUMN escalation.child_id IS 'The lead child: the one the escalation was raised from. Every child it is about is in escalation_child.';
