package org.irohub.protection.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.irohub.protection.ConferenceId;
import org.irohub.protection.ProtectionException;
import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@IroHubTest
class MinutesServiceTests {

    @Autowired
    MinutesFixtures fixtures;

    @Autowired
    MinutesService minutes;

    @Autowired
    MinutesWorklist worklist;

    @Autowired
    JdbcClient jdbc;

    @Test
    void holdingAConferenceOpensItsMinutesWithDueDatesAcrossChristmas2016() {
        ConferenceId conference = new ConferenceId(fixtures.heldBeforeChristmas2016(null));

        MinutesView view = minutes.view(conference, "system");

        assertThat(view.heldOn()).isEqualTo(LocalDate.of(2016, 12, 23));
        assertThat(view.version()).isZero();
        assertThat(view.status(MinutesStep.DECISION_LETTER_SENT).due()).isEqualTo(LocalDate.of(2016, 12, 28));
        assertThat(view.status(MinutesStep.DISTRIBUTED).due()).isEqualTo(LocalDate.of(2017, 1, 18));
        assertThat(view.status(MinutesStep.DISTRIBUTED).overdue()).isTrue();
        assertThat(view.recordable()).containsExactly(MinutesStep.DECISION_LETTER_SENT, MinutesStep.RECEIVED);
        assertThat(auditActions(conference)).containsSubsequence("CONFERENCE_OUTCOME_RECORDED", "MINUTES_OPENED",
                "MINUTES_VIEWED");
    }

    @Test
    @WithMockUser(username = "chair.approver", roles = "CHAIR")
    void recordsEachStepInOrderAndAuditsEveryOne() {
        ConferenceId conference = new ConferenceId(fixtures.heldBeforeChristmas2016(null));

        minutes.record(conference, MinutesStep.DECISION_LETTER_SENT, LocalDate.of(2016, 12, 28), 0, "system");
        minutes.record(conference, MinutesStep.RECEIVED, LocalDate.of(2017, 1, 9), 1, "system");
        minutes.approve(conference, LocalDate.of(2017, 1, 10), 2, "system");
        MinutesView done = minutes.record(conference, MinutesStep.DISTRIBUTED, LocalDate.of(2017, 1, 17), 3, "system");

        assertThat(done.complete()).isTrue();
        assertThat(done.status(MinutesStep.DISTRIBUTED).overdue()).isFalse();
        assertThat(done.status(MinutesStep.CORRECTIONS_RECEIVED).due()).isEqualTo(LocalDate.of(2017, 1, 31));
        assertThat(done.recordable()).containsExactly(MinutesStep.CORRECTIONS_REQUESTED);
        assertThat(auditActions(conference)).containsSubsequence("MINUTES_DECISION_LETTER_SENT", "MINUTES_RECEIVED",
                "MINUTES_APPROVED", "MINUTES_DISTRIBUTED");
    }

    @Test
    void refusesToDistributeMinutesNotYetApprovedAndWritesNothing() {
        ConferenceId conference = new ConferenceId(fixtures.heldBeforeChristmas2016(null));

        assertThatThrownBy(() -> minutes.record(conference, MinutesStep.DISTRIBUTED, LocalDate.of(2017, 1, 17), 0,
                "system"))
            .isInstanceOfSatisfying(ProtectionException.class, e -> assertThat(e.field()).isEqualTo("distributed"));
        assertThat(minutes.view(conference, "system").version()).isZero();
        assertThat(auditActions(conference)).doesNotContain("MINUTES_DISTRIBUTED");
    }

    @Test
    void refusesAChangeMadeFromAStaleVersion() {
        ConferenceId conference = new ConferenceId(fixtures.heldBeforeChristmas2016(null));
        minutes.record(conference, MinutesStep.RECEIVED, LocalDate.of(2017, 1, 9), 0, "system");

        assertThatThrownBy(() -> minutes.record(conference, MinutesStep.DECISION_LETTER_SENT,
                LocalDate.of(2016, 12, 28), 0, "system"))
            .isInstanceOfSatisfying(ProtectionException.class, e -> {
                assertThat(e.kind()).isEqualTo(ProtectionException.Kind.CONFLICT);
                assertThat(e.field()).isEqualTo("version");
            })
            .hasMessageContaining("Someone else changed these minutes");
    }

    @Test
    @WithMockUser(username = "support", roles = "BUSINESS_SUPPORT")
    void onlyAChairOrManagerApprovesMinutes() {
        ConferenceId conference = new ConferenceId(fixtures.heldBeforeChristmas2016(null));
        minutes.record(conference, MinutesStep.RECEIVED, LocalDate.of(2017, 1, 9), 0, "system");

        assertThatThrownBy(() -> minutes.approve(conference, LocalDate.of(2017, 1, 10), 1, "system"))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> minutes.record(conference, MinutesStep.APPROVED, LocalDate.of(2017, 1, 10), 1,
                "system"))
            .isInstanceOf(ProtectionException.class)
            .hasMessageContaining("Only a chair or an IRO manager");
    }

    @Test
    void theWorklistShowsEachOverdueStepWithTheWorkingDaysItIsLate() {
        long conference = fixtures.heldBeforeChristmas2016(null);

        List<MinutesDue> overdue = worklist.outstanding(Optional.empty(), true, "system").stream()
            .filter(d -> d.conferenceId() == conference)
            .toList();

        assertThat(overdue).extracting(MinutesDue::step)
            .containsExactly(MinutesStep.DECISION_LETTER_SENT, MinutesStep.RECEIVED);
        assertThat(overdue.get(0).workingDaysOverdue()).isGreaterThan(overdue.get(1).workingDaysOverdue());
        assertThat(worklist.outstanding(Optional.of(MinutesStep.APPROVED), false, "system"))
            .noneMatch(d -> d.conferenceId() == conference);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'MINUTES_LIST_VIEWED'").query(Long.class)
            .single()).isPositive();
    }

    private List<String> auditActions(ConferenceId conference) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE record_type = 'Conference' AND record_id = :id ORDER BY id")
            .param("id", String.valueOf(conference.value()))
            .query(String.class)
            .list();
    }
}
