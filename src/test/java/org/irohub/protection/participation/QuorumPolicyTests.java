package org.irohub.protection.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class QuorumPolicyTests {

    private final List<ConferenceInvitee> invitees = new ArrayList<>();

    private QuorumPolicyTests with(Agency agency, Attendance attendance) {
        return with(agency, attendance, true);
    }

    private QuorumPolicyTests with(Agency agency, Attendance attendance, boolean directContact) {
        invitees.add(new ConferenceInvitee(invitees.size() + 1, "Person " + invitees.size(), InviteeKind.AGENCY, agency,
                "role", directContact, attendance, false, null));
        return this;
    }

    @Test
    void socialCareWithTwoOtherAgenciesWithDirectContactIsQuorate() {
        with(Agency.CHILDRENS_SOCIAL_CARE, Attendance.ATTENDED).with(Agency.EDUCATION, Attendance.ATTENDED)
            .with(Agency.POLICE, Attendance.ATTENDED);

        Quorum quorum = QuorumPolicy.standard().judge(invitees);

        assertThat(quorum.quorate()).isTrue();
        assertThat(quorum.reasons()).containsExactly("Children's social care attended",
                "2 other agencies with direct contact attended: Education, Police");
    }

    @Test
    void healthDisciplinesCountOnceByDefault() {
        with(Agency.CHILDRENS_SOCIAL_CARE, Attendance.ATTENDED).with(Agency.HEALTH_VISITOR, Attendance.ATTENDED)
            .with(Agency.GP, Attendance.ATTENDED);

        Quorum quorum = QuorumPolicy.standard().judge(invitees);

        assertThat(quorum.quorate()).isFalse();
        assertThat(quorum.reasons()).contains(
                "Only one other agency with direct contact attended: Health (health visitor, GP count once)");
    }

    @Test
    void healthDisciplinesCountSeparatelyWhenConfigured() {
        with(Agency.CHILDRENS_SOCIAL_CARE, Attendance.ATTENDED).with(Agency.HEALTH_VISITOR, Attendance.ATTENDED)
            .with(Agency.GP, Attendance.ATTENDED);

        assertThat(new QuorumPolicy(2, false).judge(invitees).quorate()).isTrue();
    }

    @Test
    void withoutChildrensSocialCareNoConferenceIsQuorate() {
        with(Agency.CHILDRENS_SOCIAL_CARE, Attendance.APOLOGIES).with(Agency.EDUCATION, Attendance.ATTENDED)
            .with(Agency.POLICE, Attendance.ATTENDED).with(Agency.GP, Attendance.ATTENDED);

        Quorum quorum = QuorumPolicy.standard().judge(invitees);

        assertThat(quorum.quorate()).isFalse();
        assertThat(quorum.reasons()).first().isEqualTo("No one from children's social care attended");
    }

    @Test
    void aReportWithoutAttendingDoesNotCount() {
        with(Agency.CHILDRENS_SOCIAL_CARE, Attendance.ATTENDED).with(Agency.EDUCATION, Attendance.ATTENDED)
            .with(Agency.POLICE, Attendance.REPORT_ONLY);

        Quorum quorum = QuorumPolicy.standard().judge(invitees);

        assertThat(quorum.quorate()).isFalse();
        assertThat(quorum.reasons()).contains("Only one other agency with direct contact attended: Education",
                "A report without attending does not count: Police");
    }

    @Test
    void aProfessionalWithoutDirectContactDoesNotCount() {
        with(Agency.CHILDRENS_SOCIAL_CARE, Attendance.ATTENDED).with(Agency.EDUCATION, Attendance.ATTENDED)
            .with(Agency.HOUSING, Attendance.ATTENDED, false);

        Quorum quorum = QuorumPolicy.standard().judge(invitees);

        assertThat(quorum.quorate()).isFalse();
        assertThat(quorum.reasons()).contains("Attended without direct contact with the child, so does not count: Housing");
    }

    @Test
    void twoPeopleFromOneAgencyCountOnce() {
        with(Agency.CHILDRENS_SOCIAL_CARE, Attendance.ATTENDED).with(Agency.EDUCATION, Attendance.ATTENDED)
            .with(Agency.EDUCATION, Attendance.ATTENDED);

        assertThat(QuorumPolicy.standard().judge(invitees).quorate()).isFalse();
    }

    @Test
    void theNumberOfOtherAgenciesIsConfigurable() {
        with(Agency.CHILDRENS_SOCIAL_CARE, Attendance.ATTENDED).with(Agency.EDUCATION, Attendance.ATTENDED);

        Quorum quorum = new QuorumPolicy(1, true).judge(invitees);

        assertThat(quorum.quorate()).isTrue();
        assertThat(quorum.reasons()).contains("One other agency with direct contact attended: Education");
        assertThat(new QuorumPolicy(3, true).judge(invitees).reasons())
            .contains("At least 3 other agencies or disciplines with direct contact with the child must attend");
    }

    @Test
    void parentsAndTheChildDoNotCountTowardsQuoracy() {
        with(Agency.CHILDRENS_SOCIAL_CARE, Attendance.ATTENDED).with(Agency.EDUCATION, Attendance.ATTENDED);
        invitees.add(new ConferenceInvitee(9, "Parent", InviteeKind.PARENT_CARER, null, null, false, Attendance.ATTENDED,
                false, null));

        assertThat(QuorumPolicy.standard().judge(invitees).quorate()).isFalse();
    }

    @Test
    void aNegativeRequirementIsRefusedAtStart() {
        assertThatThrownBy(() -> new QuorumPolicy(-1, true)).hasMessageContaining("other-agencies-required");
    }
}
