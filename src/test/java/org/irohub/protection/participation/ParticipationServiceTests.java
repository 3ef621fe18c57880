package org.irohub.protection.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.irohub.children.ChildFixture.aChild;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.irohub.children.ChildId;
import org.irohub.children.internal.ChildRecords;
import org.irohub.protection.ConferenceId;
import org.irohub.protection.ConferenceService;
import org.irohub.protection.ConferenceStatus;
import org.irohub.protection.NewStrategyDiscussion;
import org.irohub.protection.ProtectionException;
import org.irohub.protection.StrategyDiscussionService;
import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Participation use cases against the database: what is stored, what is refused, and the audit row of each. */
@IroHubTest
@WithMockUser(username = ParticipationServiceTests.CHAIR, roles = "CHAIR")
class ParticipationServiceTests {

    static final String CHAIR = "participation-chair";

    @Autowired
    ParticipationService participation;

    @Autowired
    StrategyDiscussionService discussions;

    @Autowired
    ConferenceService conferences;

    @Autowired
    ChildRecords children;

    @Autowired
    JdbcClient jdbc;

    long child;
    ConferenceId conference;

    @BeforeEach
    void anIcpcForAChildOfTen() {
        child = children.create(aChild().bornOn(LocalDate.of(2006, 6, 1)).input()).id();
        conference = new ConferenceId(discussions.record(new ChildId(child),
                new NewStrategyDiscussion(LocalDate.of(2016, 12, 20), true, LocalDate.of(2016, 12, 21), List.of()), CHAIR)
            .conference().getId());
    }

    private InviteeDetails agency(Agency agency) {
        return InviteeDetails.of("Someone from " + agency.label(), "AGENCY", agency.name(), "Practitioner", true);
    }

    private long audited(String action, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :a AND record_type = 'Conference' "
                + "AND record_id = :id AND actor = :actor")
            .param("a", action).param("id", String.valueOf(id)).param("actor", CHAIR).query(Long.class).single();
    }

    @Test
    void inviteesAreNumberedWithoutReuseAndEachChangeIsAudited() {
        participation.invite(conference, null, agency(Agency.CHILDRENS_SOCIAL_CARE), CHAIR);
        int second = participation.invite(conference, null, agency(Agency.POLICE), CHAIR).inviteeId();
        participation.remove(conference, null, second, CHAIR);
        int third = participation.invite(conference, null, agency(Agency.EDUCATION), CHAIR).inviteeId();

        assertThat(third).isEqualTo(3);
        assertThat(participation.view(conference, CHAIR).invitees()).extracting(r -> r.invitee().agency())
            .containsExactly(Agency.CHILDRENS_SOCIAL_CARE, Agency.EDUCATION);
        assertThat(audited("CONFERENCE_INVITEE_ADDED", conference.value())).isEqualTo(3);
        assertThat(audited("CONFERENCE_INVITEE_REMOVED", conference.value())).isEqualTo(1);
        assertThat(audited("CONFERENCE_PARTICIPATION_VIEWED", conference.value())).isEqualTo(1);
    }

    @Test
    void aChangeMadeFromAStaleVersionIsRefused() {
        participation.invite(conference, null, agency(Agency.CHILDRENS_SOCIAL_CARE), CHAIR);
        int version = participation.view(conference, CHAIR).version();
        participation.recordAttendance(conference, version, Map.of(1, Attendance.ATTENDED), CHAIR);

        assertThatThrownBy(() -> participation.recordAttendance(conference, version, Map.of(1, Attendance.APOLOGIES), CHAIR))
            .isInstanceOfSatisfying(ProtectionException.class, e -> {
                assertThat(e.kind()).isEqualTo(ProtectionException.Kind.CONFLICT);
                assertThat(e.field()).isEqualTo("version");
            });
        assertThat(participation.view(conference, CHAIR).invitees().get(0).invitee().attendance())
            .isEqualTo(Attendance.ATTENDED);
    }

    @Test
    void theChildsParticipationIsStoredForAChildOfTheConferenceOnly() {
        participation.recordChild(conference, child, new ChildParticipationRequest(true, true, true,
                List.of("ADVOCATE", "CONFERENCE_PACK"), LocalDate.of(2017, 1, 5), "Visit at school", null), CHAIR);

        var row = participation.view(conference, CHAIR).children().get(0);
        assertThat(row.chairContactOffered()).isTrue();
        assertThat(row.participation().viewsMethods()).containsExactly(ViewsMethod.ADVOCATE, ViewsMethod.CONFERENCE_PACK);
        assertThat(audited("CHILD_PARTICIPATION_RECORDED", conference.value())).isEqualTo(1);
        assertThatThrownBy(() -> participation.recordChild(conference, child + 100_000,
                new ChildParticipationRequest(false, null, false, List.of(), null, null, null), CHAIR))
            .hasMessageContaining("not a child of this conference");
    }

    @Test
    void reconveningClosesTheInquorateConferenceAndRequestsTheSameOneTenWorkingDaysOn() {
        participation.invite(conference, null, agency(Agency.CHILDRENS_SOCIAL_CARE), CHAIR);
        participation.recordAttendance(conference, null, Map.of(1, Attendance.ATTENDED), CHAIR);

        InquorateDecision decision = participation.decide(conference, null, false, "Police and school absent", CHAIR);

        assertThat(decision.reconvened().getDueDate()).isEqualTo(LocalDate.of(2017, 1, 27));
        assertThat(decision.reconvened().getChildIds()).containsExactly(child);
        assertThat(conferences.view(conference, CHAIR).getStatus()).isEqualTo(ConferenceStatus.CANCELLED);
        assertThat(audited("INQUORATE_DECISION_RECORDED", conference.value())).isEqualTo(1);
        assertThat(audited("CONFERENCE_CANCELLED", conference.value())).isEqualTo(1);
        assertThat(audited("CONFERENCE_REQUESTED", decision.reconvened().getId())).isEqualTo(1);
        assertThat(participation.view(new ConferenceId(decision.reconvened().getId()), CHAIR).previousInquorate()).isTrue();
    }

    @Test
    void aRefusedDecisionWritesNothing() {
        participation.invite(conference, null, agency(Agency.CHILDRENS_SOCIAL_CARE), CHAIR);

        assertThatThrownBy(() -> participation.decide(conference, null, false, null, CHAIR))
            .hasMessageContaining("Record attendance first");
        assertThat(audited("INQUORATE_DECISION_RECORDED", conference.value())).isZero();
        assertThat(conferences.view(conference, CHAIR).getStatus()).isEqualTo(ConferenceStatus.REQUESTED);
    }
}
