package org.irohub.interchange.generator;

/** What happens in an episode of need, which decides which dates it carries. */
enum EpisodeKind {
    /** Referral closed the same day with no further action. */
    REFERRAL_NO_FURTHER_ACTION,
    /** Assessment, perhaps a child in need plan, no section 47. */
    CHILD_IN_NEED_ONLY,
    /** Section 47 enquiry that did not need a conference. */
    SECTION_47_ICPC_NOT_REQUIRED,
    /** Section 47 and initial conference that decided against a plan. */
    SECTION_47_ICPC_NO_PLAN,
    /** Section 47, initial conference and a child protection plan from that day. */
    SECTION_47_PLAN,
    /** Child on a plan in another area moves in: a transfer-in conference, no section 47 here. */
    TRANSFER_IN_PLAN
}
