package org.irohub.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.List;

import org.irohub.children.ChildId;
import org.irohub.protection.ConferenceId;
import org.irohub.protection.OutcomeRequest;
import org.irohub.scheduling.internal.Booking;
import org.irohub.scheduling.internal.ChairSuggestion;
import org.irohub.scheduling.internal.RequestRow;
import org.irohub.staff.internal.Chair;
import org.junit.jupiter.api.Test;

/** Requests to allocate and book, and the chairs suggested for them. */
class AllocationServiceTests extends SchedulingServiceTestBase {

    @Test
    void aSection47StrategyDiscussionPutsTheRequestOnTheAllocationAndBookingListsAtOnce() {
        ConferenceId icpc = fixture.anInitialConference(fixture.aChild("Alex"));

        long requests = jdbc.sql("SELECT COUNT(*) FROM booking_request WHERE conference_id = :id AND due_date = :due")
            .param("id", icpc.value())
            .param("due", LocalDate.of(2017, 1, 13))
            .query(Long.class)
            .single();
        assertThat(requests).isEqualTo(1);
        RequestRow row = allocation.allocation(SUPPORT, null, null, 3).stream()
            .filter(r -> r.conferenceId() == icpc.value())
            .findFirst()
            .orElseThrow();
        assertThat(row.overdue()).isTrue();
        assertThat(row.dueText()).startsWith("Overdue by ");
        assertThat(row.workingDaysLeft()).isNegative();
        assertThat(row.allocated()).isFalse();
        assertThat(row.childNames()).startsWith("Alex ");
        assertThat(allocation.bookingList(SUPPORT).toBook()).anyMatch(r -> r.conferenceId() == icpc.value());
    }

    @Test
    void overdueRequestsComeFirstThenByDueDate() {
        fixture.anInitialConference(fixture.aChild("Alex"));

        List<LocalDate> due = allocation.allocation(SUPPORT, null, null, 0).stream().map(RequestRow::dueDate).toList();

        assertThat(due).isSorted();
    }

    @Test
    void theChairOfTheChildsLastConferenceAndOfASiblingsAreSuggestedFirstWithTheirReasons() {
        long alex = fixture.aChild("Alex");
        long sam = fixture.aChild("Sam");
        siblingGroups.addSibling(new ChildId(alex), childRecords.view(new ChildId(sam), "system").summary().laChildId(),
                "system");
        Chair alexs = fixture.aChair("Alex's Chair");
        Chair sams = fixture.aChair("Sam's Chair");
        hold(fixture.anInitialConference(alex), alexs, LocalDate.of(2017, 1, 12));
        hold(fixture.anInitialConference(sam), sams, LocalDate.of(2017, 1, 11));

        RequestRow review = allocation.allocation(SUPPORT, tuesday, TEN, Integer.MAX_VALUE).stream()
            .filter(r -> r.children().size() == 1 && r.children().get(0).id() == alex)
            .findFirst()
            .orElseThrow();

        List<ChairSuggestion> suggestions = review.suggestions();
        assertThat(suggestions.get(0).chairId()).isIn(alexs.getId(), sams.getId());
        assertThat(suggestions.get(1).chairId()).isIn(alexs.getId(), sams.getId());
        assertThat(suggestions.stream().filter(s -> s.chairId() == alexs.getId()).findFirst().orElseThrow().reasons())
            .contains("Chaired Alex's last conference on 12 January 2017");
        assertThat(suggestions.stream().filter(s -> s.chairId() == sams.getId()).findFirst().orElseThrow().reasons())
            .contains("Chaired Sam's last conference (a sibling) on 11 January 2017");
    }

    @Test
    void aReviewIsAllocatedToTheChairOfTheConferenceBeforeUntilTheManagerAllocatesAnother() {
        long alex = fixture.aChild("Alex");
        Chair previous = fixture.aChair("Previous Chair");
        hold(fixture.anInitialConference(alex), previous, LocalDate.of(2017, 1, 12));
        RequestRow review = allocation.allocation(SUPPORT, null, null, 0).stream()
            .filter(r -> r.children().size() == 1 && r.children().get(0).id() == alex)
            .findFirst()
            .orElseThrow();
        assertThat(review.allocatedChair()).isEqualTo(previous.getName());

        Chair other = fixture.aChair("Other Chair");
        bookings.allocate(new ConferenceId(review.conferenceId()), other.getId(), SUPPORT);

        assertThat(allocation.allocation(SUPPORT, null, null, 0).stream()
            .filter(r -> r.conferenceId() == review.conferenceId())
            .findFirst()
            .orElseThrow()
            .allocatedChair()).isEqualTo(other.getName());
    }

    private void hold(ConferenceId icpc, Chair chair, LocalDate on) {
        conferenceService.recordBooking(icpc, chair.getId(), on);
        outcomes.record(icpc, new OutcomeRequest(on, true, "NEG", null, null, null, List.of(), null, null, null),
                "system");
    }
}
