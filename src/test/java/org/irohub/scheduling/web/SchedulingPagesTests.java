package org.irohub.scheduling.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import org.irohub.children.ChildId;
import org.irohub.children.internal.ChildRecords;
import org.irohub.identity.Roles;
import org.irohub.protection.ConferenceId;
import org.irohub.protection.StrategyDiscussionService;
import org.irohub.scheduling.ConferenceBookings;
import org.irohub.scheduling.SchedulingFixture;
import org.irohub.staff.internal.Chair;
import org.irohub.staff.internal.ChairService;
import org.irohub.staff.internal.Room;
import org.irohub.staff.internal.VenueService;
import org.irohub.support.IroHubTest;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IroHubTest
@AutoConfigureMockMvc
class SchedulingPagesTests {

    private static final RequestPostProcessor MANAGER = user("manager.page").roles(Roles.IRO_MANAGER);
    private static final RequestPostProcessor SUPPORT = user("support.page").roles(Roles.BUSINESS_SUPPORT);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ChildRecords childRecords;

    @Autowired
    StrategyDiscussionService discussions;

    @Autowired
    ChairService chairService;

    @Autowired
    VenueService venueService;

    @Autowired
    ConferenceBookings bookings;

    SchedulingFixture fixture;
    LocalDate tuesday;

    @BeforeEach
    void setUp() {
        fixture = new SchedulingFixture(childRecords, discussions, chairService, venueService);
        tuesday = SchedulingFixture.aTuesdayAhead();
    }

    private MockHttpServletRequestBuilder book(ConferenceId icpc, String start, Chair chair, Room room) {
        return post("/conferences/" + icpc.value() + "/booking").with(SUPPORT).with(csrf())
            .param("dateDay", String.valueOf(tuesday.getDayOfMonth()))
            .param("dateMonth", String.valueOf(tuesday.getMonthValue()))
            .param("dateYear", String.valueOf(tuesday.getYear()))
            .param("start", start)
            .param("chairId", String.valueOf(chair.getId()))
            .param("roomId", String.valueOf(room.getId()))
            .param("minuteTaker", "Pat Minutes")
            .param("action", "book");
    }

    @Test
    void theAllocationPageListsTheOverdueRequestWithSuggestionsAndALinkToBookIt() throws Exception {
        ConferenceId icpc = fixture.anInitialConference(fixture.aChild("Alex"));

        mvc.perform(get("/allocation").with(MANAGER))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"request-" + icpc.value() + "\"")))
            .andExpect(content().string(containsString("Overdue by ")))
            .andExpect(content().string(containsString("govuk-tag--red")))
            .andExpect(content().string(containsString("href=\"/conferences/" + icpc.value() + "/booking\"")))
            .andExpect(content().string(containsString("Unallocated")));
    }

    @Test
    void aRestrictedChildsNameIsNotShownOnTheListsToSomeoneWhoMayNotSeeIt() throws Exception {
        var named = users.withRoles(Roles.IRO_MANAGER);
        var created = childRecords.create(org.irohub.children.ChildFixture.aChild().named("Hidden", "Zedsecret").input());
        ConferenceId icpc = fixture.anInitialConference(created.id());
        childRecords.changeAccess(new ChildId(created.id()), created.version(), true, Set.of(named.username()),
                "admin", true);

        mvc.perform(get("/allocation").with(MANAGER))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"request-" + icpc.value() + "\"")))
            .andExpect(content().string(not(containsString("Zedsecret"))))
            .andExpect(content().string(not(containsString("href=\"/conferences/" + icpc.value() + "/booking\""))));
        mvc.perform(get("/bookings").with(SUPPORT))
            .andExpect(content().string(not(containsString("Zedsecret"))));
        mvc.perform(get("/conferences/" + icpc.value() + "/booking").with(SUPPORT))
            .andExpect(status().isNotFound());
        mvc.perform(get("/api/allocation").with(MANAGER))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("Zedsecret"))))
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                .jsonPath("$[?(@.conferenceId == %d)].children[*]".formatted(icpc.value())).isEmpty());
        mvc.perform(get("/allocation").with(user(named.username()).roles(Roles.IRO_MANAGER)))
            .andExpect(content().string(containsString("Hidden Zedsecret")));
    }

    @Test
    void businessSupportBooksFromTheBookingPageAndSeesItOnTheBookingList() throws Exception {
        ConferenceId icpc = fixture.anInitialConference(fixture.aChild("Alex"));
        Chair chair = fixture.aChair("Charlie Chair");
        Room room = fixture.aRoom("10");

        mvc.perform(get("/conferences/" + icpc.value() + "/booking").with(SUPPORT))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Book the initial conference")))
            .andExpect(content().string(containsString("name=\"chairId\" type=\"radio\" value=\"" + chair.getId() + "\"")))
            .andExpect(content().string(containsString("Independence not checked yet")))
            .andExpect(content().string(containsString("Caseload 0 per FTE — under the 50–70 band")));

        mvc.perform(book(icpc, "10:00", chair, room))
            .andExpect(redirectedUrl("/conferences/" + icpc.value() + "/booking"))
            .andExpect(flash().attribute("flash", containsString("Conference booked: ")));

        mvc.perform(get("/bookings").with(SUPPORT))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"booked-" + icpc.value() + "\"")))
            .andExpect(content().string(containsString(chair.getName())))
            .andExpect(content().string(containsString("Pat Minutes")))
            .andExpect(content().string(containsString("10:00 to 11:30")));
        mvc.perform(get("/conferences/" + icpc.value() + "/booking").with(SUPPORT))
            .andExpect(content().string(containsString("Rebook the initial conference")))
            .andExpect(content().string(containsString("Cancel this conference")));
    }

    @Test
    void aDoubleBookingIsShownInTheErrorSummaryAndNothingIsWritten() throws Exception {
        Chair chair = fixture.aChair("Charlie Chair");
        ConferenceId first = fixture.anInitialConference(fixture.aChild("Alex"));
        ConferenceId second = fixture.anInitialConference(fixture.aChild("Robin"));
        mvc.perform(book(first, "10:00", chair, fixture.aRoom("10"))).andExpect(status().is3xxRedirection());

        mvc.perform(book(second, "10:30", chair, fixture.aRoom("10")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("There is a problem")))
            .andExpect(content().string(containsString("href=\"#chairId\"")))
            .andExpect(content().string(containsString(chair.getName() + " is already chairing a conference from 10:00 to 11:30")))
            .andExpect(content().string(containsString("<title>Error: ")));

        org.assertj.core.api.Assertions.assertThat(bookings.find(second.value())).isEmpty();
    }

    @Test
    void missingDetailsAreAllInTheErrorSummaryAndSuggestingChairsForAnotherTimeWritesNothing() throws Exception {
        ConferenceId icpc = fixture.anInitialConference(fixture.aChild("Alex"));

        mvc.perform(post("/conferences/" + icpc.value() + "/booking").with(SUPPORT).with(csrf())
                .param("dateDay", "31").param("dateMonth", "2").param("dateYear", "2030").param("start", "")
                .param("action", "book"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("The date of the conference must be a real date")));
        mvc.perform(post("/conferences/" + icpc.value() + "/booking").with(SUPPORT).with(csrf())
                .param("dateDay", "").param("dateMonth", "").param("dateYear", "").param("action", "book"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"#date\"")))
            .andExpect(content().string(containsString("href=\"#start\"")))
            .andExpect(content().string(containsString("href=\"#roomId\"")))
            .andExpect(content().string(containsString("href=\"#chairId\"")))
            .andExpect(content().string(containsString("href=\"#minuteTaker\"")));
        mvc.perform(post("/conferences/" + icpc.value() + "/booking").with(SUPPORT).with(csrf())
                .param("dateDay", String.valueOf(tuesday.getDayOfMonth()))
                .param("dateMonth", String.valueOf(tuesday.getMonthValue()))
                .param("dateYear", String.valueOf(tuesday.getYear()))
                .param("start", "14:30").param("action", "suggest"))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("There is a problem"))))
            .andExpect(content().string(containsString("from 14:30 to 16:00")));
        org.assertj.core.api.Assertions.assertThat(bookings.find(icpc.value())).isEmpty();
    }

    @Test
    void rebookingAndCancellingEachAskWhy() throws Exception {
        ConferenceId icpc = fixture.anInitialConference(fixture.aChild("Alex"));
        Chair chair = fixture.aChair("Charlie Chair");
        Room room = fixture.aRoom("10");
        mvc.perform(book(icpc, "10:00", chair, room)).andExpect(status().is3xxRedirection());

        mvc.perform(book(icpc, "13:00", chair, room).param("version", "0").param("reason", " "))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"#reason\"")))
            .andExpect(content().string(containsString("Say why the conference is being rebooked")));
        mvc.perform(book(icpc, "13:00", chair, room).param("version", "0").param("reason", "The family asked for the afternoon"))
            .andExpect(flash().attribute("flash", containsString("Conference rebooked: ")));
        mvc.perform(get("/conferences/" + icpc.value() + "/booking").with(SUPPORT))
            .andExpect(content().string(containsString("History of this booking")))
            .andExpect(content().string(containsString("The family asked for the afternoon")));

        mvc.perform(post("/conferences/" + icpc.value() + "/booking/cancel").with(SUPPORT).with(csrf())
                .param("version", "1").param("reason", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"#cancelReason\"")));
        mvc.perform(post("/conferences/" + icpc.value() + "/booking/cancel").with(SUPPORT).with(csrf())
                .param("version", "1").param("reason", "The family moved away"))
            .andExpect(redirectedUrl("/bookings"));
        mvc.perform(get("/conferences/" + icpc.value() + "/booking").with(SUPPORT))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Booking of the initial conference")))
            .andExpect(content().string(containsString("Was booked for")))
            .andExpect(content().string(containsString("The family moved away")))
            .andExpect(content().string(not(containsString("id=\"book\""))));
        org.assertj.core.api.Assertions.assertThat(bookings.find(icpc.value())).get()
            .extracting(b -> b.cancelled()).isEqualTo(true);
    }

    @Test
    void thePeopleOnTheCaseAreSavedAndAConflictedChairIsListedAsNotIndependent() throws Exception {
        ConferenceId icpc = fixture.anInitialConference(fixture.aChild("Alex"));
        Chair conflicted = fixture.lineManagerOf("Sam Social");

        mvc.perform(post("/conferences/" + icpc.value() + "/booking/people").with(SUPPORT).with(csrf())
                .param("socialWorker", "Sam Social").param("teamManager", "").param("team", "North")
                .param("version", "0"))
            .andExpect(redirectedUrl("/conferences/" + icpc.value() + "/booking"));

        mvc.perform(get("/conferences/" + icpc.value() + "/booking").with(SUPPORT))
            .andExpect(content().string(containsString("value=\"Sam Social\"")))
            .andExpect(content().string(containsString("Not independent of this case")))
            .andExpect(content().string(containsString("Not independent of the case: Sam Social was line-managed by this chair")))
            .andExpect(content().string(not(containsString("name=\"chairId\" type=\"radio\" value=\"" + conflicted.getId() + "\""))));
    }

    @Test
    void theManagerAllocatesAChairBeforeBooking() throws Exception {
        ConferenceId icpc = fixture.anInitialConference(fixture.aChild("Alex"));
        Chair chair = fixture.aChair("Charlie Chair");

        mvc.perform(post("/conferences/" + icpc.value() + "/allocation").with(MANAGER).with(csrf())
                .param("chairId", String.valueOf(chair.getId())))
            .andExpect(flash().attribute("flash", "Chair allocated: " + chair.getName()));
        mvc.perform(post("/conferences/" + icpc.value() + "/allocation").with(SUPPORT).with(csrf())
                .param("chairId", String.valueOf(chair.getId())))
            .andExpect(status().isForbidden());

        mvc.perform(get("/bookings").with(SUPPORT))
            .andExpect(content().string(containsString(chair.getName())));
    }

    @Test
    void pagesNeedTheirRoles() throws Exception {
        mvc.perform(get("/allocation").with(SUPPORT)).andExpect(status().isForbidden());
        mvc.perform(get("/bookings").with(user("c").roles(Roles.CHAIR))).andExpect(status().isForbidden());
        mvc.perform(get("/bookings").with(MANAGER)).andExpect(status().isOk());
        mvc.perform(get("/allocation").with(user("a").roles(Roles.ADMIN))).andExpect(status().isOk());
    }
}
