-- Who is invited to a conference, which reports are expected, who attended, how the children took part, and
-- what the chair decided when the conference was not quorate.

CREATE TABLE conference_participation (
    id                   BIGINT       PRIMARY KEY REFERENCES conference (id),
    inquorate_proceed    BOOLEAN,
    inquorate_reason     VARCHAR(2000),
    decided_by           VARCHAR(80),
    decided_at           TIMESTAMP WITH TIME ZONE,
    reconvened_as        BIGINT REFERENCES conference (id),
    next_invitee_id      INT          NOT NULL,
    version              INT          NOT NULL
);
COMMENT ON TABLE conference_participation IS 'Participation in one conference (id is the conference id); created with its first invitee or record.';
COMMENT ON COLUMN conference_participation.inquorate_proceed IS 'Set only when the conference was not quorate: TRUE the chair went ahead (inquorate_reason says why), FALSE it was reconvened.';
COMMENT ON COLUMN conference_participation.reconvened_as IS 'The conference requested in place of this inquorate one (due 10 working days later by default).';
COMMENT ON COLUMN conference_participation.next_invitee_id IS 'The number the next invitee of this conference gets, so a removed invitee''s number is never reused.';

CREATE TABLE conference_invitee (
    conference_participation BIGINT       NOT NULL REFERENCES conference_participation (id),
    invitee_id               INT          NOT NULL,
    name                     VARCHAR(120) NOT NULL,
    kind                     VARCHAR(20)  NOT NULL,
    agency                   VARCHAR(30),
    role                     VARCHAR(120),
    direct_contact           BOOLEAN      NOT NULL,
    attendance               VARCHAR(20),
    report_expected          BOOLEAN      NOT NULL,
    report_received_on       DATE,
    PRIMARY KEY (conference_participation, invitee_id)
);
COMMENT ON TABLE conference_invitee IS 'A person invited to a conference: the child, a parent or carer, an agency''s professional, or someone else.';
COMMENT ON COLUMN conference_invitee.agency IS 'For an agency invitee, the agency or discipline (CHILDRENS_SOCIAL_CARE, HEALTH_VISITOR, GP, POLICE, …); health disciplines count once towards quoracy by default.';
COMMENT ON COLUMN conference_invitee.direct_contact IS 'Whether the professional has direct contact with the child: only those who do count towards quoracy.';
COMMENT ON COLUMN conference_invitee.attendance IS 'ATTENDED, APOLOGIES, REPORT_ONLY or DID_NOT_ATTEND; empty until recorded. Quoracy counts ATTENDED only.';
COMMENT ON COLUMN conference_invitee.report_received_on IS 'When the agency''s report reached the chair; compared with the due date counted back from the conference date.';

CREATE TABLE child_participation (
    conference_participation BIGINT       NOT NULL REFERENCES conference_participation (id),
    child_id                 BIGINT       NOT NULL,
    attended                 BOOLEAN,
    pre_meeting_held         BOOLEAN,
    views_given              BOOLEAN,
    views_how                VARCHAR(200),
    chair_contact_on         DATE,
    chair_contact_how        VARCHAR(200),
    PRIMARY KEY (conference_participation, child_id)
);
COMMENT ON TABLE child_participation IS 'How a child of the conference took part: attendance, the pre-meeting 30 minutes before, their views and how they gave them (seed section 9).';
COMMENT ON COLUMN child_participation.views_how IS 'Comma-separated: IN_PERSON, ADVOCATE, CONFERENCE_PACK, MIND_OF_MY_OWN, OTHER.';
COMMENT ON COLUMN child_participation.chair_contact_on IS 'When the child had contact with the chair before the conference: every child over 4 is offered it (seed Priority 2).';
