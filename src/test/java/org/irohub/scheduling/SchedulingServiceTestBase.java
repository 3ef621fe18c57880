package org.irohub.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.irohub.calendar.BankHoliday;
import org.irohub.calendar.WorkingDays;
import org.irohub.children.ChildId;
import org.irohub.children.internal.ChildRecords;
import org.irohub.children.internal.SiblingGroupService;
import org.irohub.protection.ConferenceId;
import org.irohub.protection.ConferenceOutcomeService;
import org.irohub.protection.ConferenceQueries;
import org.irohub.protection.ConferenceService;
import org.irohub.protection.ConferenceStatus;
import org.irohub.protection.OutcomeRequest;
import org.irohub.protection.StrategyDiscussionService;
import org.irohub.protection.participation.InviteeDetails;
import org.irohub.protection.participation.ParticipationService;
import org.irohub.scheduling.internal.AllocationService;
import org.irohub.scheduling.internal.Booking;
import org.irohub.scheduling.internal.BookingChange;
import org.irohub.scheduling.internal.BookingDetails;
import org.irohub.scheduling.internal.BookingService;
import org.irohub.scheduling.internal.ChairSuggestion;
import org.irohub.scheduling.internal.RequestRow;
import org.irohub.scheduling.internal.SchedulingDates;
import org.irohub.scheduling.internal.SchedulingException;
import org.irohub.scheduling.internal.Slot;
import org.irohub.staff.CaseInvolvement;
import org.irohub.staff.internal.Chair;
import org.irohub.staff.internal.ChairService;
import org.irohub.staff.internal.Room;
import org.irohub.staff.internal.VenueService;
import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the scheduling service tests share: the services, a fixture, and next week's Tuesday to book on. */
@IroHubTest
abstract class SchedulingServiceTestBase {

    static final LocalTime TEN = LocalTime.of(10, 0);
    static final String SUPPORT = "bea.support";

    @Autowired
    BookingService bookings;

    @Autowired
    AllocationService allocation;

    @Autowired
    ConferenceBookings conferenceBookings;

    @Autowired
    ConferenceQueries conferenceQueries;

    @Autowired
    ConferenceService conferenceService;

    @Autowired
    ConferenceOutcomeService outcomes;

    @Autowired
    SiblingGroupService siblingGroups;

    @Autowired
    ChildRecords childRecords;

    @Autowired
    StrategyDiscussionService discussions;

    @Autowired
    ChairService chairService;

    @Autowired
    VenueService venueService;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    ParticipationService participation;

    @Autowired
    JdbcClient jdbc;

    SchedulingFixture fixture;
    LocalDate tuesday;

    @BeforeEach
    void setUp() {
        fixture = new SchedulingFixture(childRecords, discussions, chairService, venueService);
        tuesday = SchedulingFixture.aTuesdayAhead();
    }

    static BookingDetails at(LocalDate date, LocalTime start, Room room, Chair chair) {
        return new BookingDetails(date, start, null, room.getId(), chair.getId(), "Bea Support");
    }

    /** The audit actions recorded against a conference, oldest first. */
    List<String> audit(ConferenceId id) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE record_type = 'Conference' AND record_id = :id ORDER BY id")
            .param("id", String.valueOf(id.value()))
            .query(String.class)
            .list();
    }
}
