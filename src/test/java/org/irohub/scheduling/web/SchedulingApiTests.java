package org.irohub.scheduling.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.irohub.children.internal.ChildRecords;
import org.irohub.identity.Roles;
import org.irohub.protection.ConferenceId;
import org.irohub.protection.StrategyDiscussionService;
import org.irohub.scheduling.SchedulingFixture;
import org.irohub.staff.internal.Chair;
import org.irohub.staff.internal.ChairService;
import org.irohub.staff.internal.Room;
import org.irohub.staff.internal.VenueService;
import org.irohub.support.IroHubTest;
import org.irohub.support.TestUsers;
import org.irohub.support.TestUsers.Credentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IroHubTest
@AutoConfigureMockMvc
class SchedulingApiTests {

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

    SchedulingFixture fixture;
    Credentials support;
    LocalDate tuesday;

    @BeforeEach
    void setUp() {
        fixture = new SchedulingFixture(childRecords, discussions, chairService, venueService);
        support = users.withRoles(Roles.BUSINESS_SUPPORT);
        tuesday = SchedulingFixture.aTuesdayAhead();
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body, Credentials as) {
        return request.with(httpBasic(as.username(), as.password())).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String booking(String start, Room room, Chair chair) {
        return """
                {"date":"%s","start":"%s","roomId":%d,"chairId":%d,"minuteTaker":"%s"}
                """.formatted(tuesday, start, room.getId(), chair.getId(), support.username());
    }

    @Test
    void booksRebooksWithAReasonAndCancelsAConference() throws Exception {
        ConferenceId icpc = fixture.anInitialConference(fixture.aChild("Alex"));
        Chair chair = fixture.aChair("Charlie Chair");
        Chair other = fixture.aChair("Dana Chair");
        Room room = fixture.aRoom("10");
        String path = "/api/conferences/" + icpc.value() + "/booking";

        mvc.perform(json(post(path), booking("10:00", room, chair), support))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", path))
            .andExpect(jsonPath("$.conferenceId").value(icpc.value()))
            .andExpect(jsonPath("$.date").value(tuesday.toString()))
            .andExpect(jsonPath("$.start").value("10:00"))
            .andExpect(jsonPath("$.end").value("11:30"))
            .andExpect(jsonPath("$.chair").value(chair.getName()))
            .andExpect(jsonPath("$.room").value(startsWith("Civic Centre")))
            .andExpect(jsonPath("$.minuteTaker").value(support.username()))
            .andExpect(jsonPath("$.status").value("BOOKED"))
            .andExpect(jsonPath("$.version").value(0));

        mvc.perform(json(put(path), """
                {"date":"%s","start":"14:00","end":"15:00","roomId":%d,"chairId":%d,"minuteTaker":"Pat Minutes","version":0}
                """.formatted(tuesday, room.getId(), other.getId()), support))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.field").value("reason"));

        mvc.perform(json(put(path), """
                {"date":"%s","start":"14:00","end":"15:00","roomId":%d,"chairId":%d,"minuteTaker":"Pat Minutes","version":0,
                 "reason":"Charlie is on leave"}
                """.formatted(tuesday, room.getId(), other.getId()), support))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.chairId").value(other.getId()))
            .andExpect(jsonPath("$.end").value("15:00"))
            .andExpect(jsonPath("$.history[0].kind").value("REBOOKED"))
            .andExpect(jsonPath("$.history[0].previousChairId").value(chair.getId()))
            .andExpect(jsonPath("$.history[0].previousStart").value("10:00"))
            .andExpect(jsonPath("$.history[0].reason").value("Charlie is on leave"))
            .andExpect(jsonPath("$.history[0].changedBy").value(support.username()));

        mvc.perform(get(path).with(httpBasic(support.username(), support.password())))
            .andExpect(status().isOk())
            .andExpect(header().string("ETag", "\"1\""));

        mvc.perform(json(post(path + "/cancel"), "{\"reason\":\"\",\"version\":1}", support))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("reason"));
        mvc.perform(json(post(path + "/cancel"), "{\"reason\":\"The family moved away\",\"version\":1}", support))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("CANCELLED"))
            .andExpect(jsonPath("$.history[1].kind").value("CANCELLED"));
    }

    @Test
    void aChairOrRoomBookedTwiceAtOnceIs409NamingTheField() throws Exception {
        Chair chair = fixture.aChair("Charlie Chair");
        Room room = fixture.aRoom("10");
        ConferenceId first = fixture.anInitialConference(fixture.aChild("Alex"));
        ConferenceId second = fixture.anInitialConference(fixture.aChild("Robin"));
        mvc.perform(json(post("/api/conferences/" + first.value() + "/booking"), booking("10:00", room, chair), support))
            .andExpect(status().isCreated());

        mvc.perform(json(post("/api/conferences/" + second.value() + "/booking"),
                booking("11:00", fixture.aRoom("10"), chair), support))
            .andExpect(status().isConflict())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.field").value("chairId"))
            .andExpect(jsonPath("$.detail").value(containsString(chair.getName() + " is already chairing a conference from 10:00 to 11:30")));
        mvc.perform(json(post("/api/conferences/" + second.value() + "/booking"),
                booking("11:00", room, fixture.aChair("Dana Chair")), support))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.field").value("roomId"));
        mvc.perform(get("/api/conferences/" + second.value() + "/booking").with(httpBasic(support.username(), support.password())))
            .andExpect(status().isNotFound());
    }

    @Test
    void badInputIs400NamingTheFieldAndANotIndependentChairIs422() throws Exception {
        ConferenceId icpc = fixture.anInitialConference(fixture.aChild("Alex"));
        Room room = fixture.aRoom("10");
        String path = "/api/conferences/" + icpc.value() + "/booking";

        mvc.perform(json(post(path), """
                {"date":"2017-13-01","start":"10:00","roomId":%d,"chairId":1,"minuteTaker":"Pat"}
                """.formatted(room.getId()), support))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("date"));
        mvc.perform(json(post(path), "{\"date\":\"2099-01-06\",\"start\":\"10:00\",\"roomId\":\"abc\"}", support))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("roomId"));
        mvc.perform(json(post(path), booking("10:00", room, fixture.aChair("Charlie Chair"))
                .replace(tuesday.toString(), "2017-01-10"), support))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("date"));

        Chair conflicted = fixture.lineManagerOf("Sam Social");
        mvc.perform(json(post(path), """
                {"date":"%s","start":"10:00","roomId":%d,"chairId":%d,"minuteTaker":"Pat","socialWorker":"Sam Social"}
                """.formatted(tuesday, room.getId(), conflicted.getId()), support))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.field").value("chairId"))
            .andExpect(jsonPath("$.detail").value(containsString("Sam Social was line-managed by this chair")));
    }

    @Test
    void theAllocationListGivesWorkingDaysLeftAndSuggestionsWithReasonsToManagersOnly() throws Exception {
        ConferenceId icpc = fixture.anInitialConference(fixture.aChild("Alex"));
        Chair chair = fixture.aChair("Charlie Chair");
        Credentials manager = users.withRoles(Roles.IRO_MANAGER);

        mvc.perform(get("/api/allocation").param("date", tuesday.toString()).param("start", "10:00")
                .with(httpBasic(manager.username(), manager.password())))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.conferenceId == %d)].overdue".formatted(icpc.value())).value(hasItem(true)))
            .andExpect(jsonPath("$[?(@.conferenceId == %d)].proposedSlot.start".formatted(icpc.value())).value(hasItem("10:00")))
            .andExpect(jsonPath("$[?(@.conferenceId == %d)].suggestions[?(@.chairId == %d)].reasons[*]"
                    .formatted(icpc.value(), chair.getId())).value(hasItem(containsString("Free on"))));

        mvc.perform(get("/api/allocation").with(httpBasic(support.username(), support.password())))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/allocation").param("start", "ten").with(httpBasic(manager.username(), manager.password())))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("start"));
        Credentials chairUser = users.withRoles(Roles.CHAIR);
        mvc.perform(json(post("/api/conferences/" + icpc.value() + "/booking"), "{}", chairUser))
            .andExpect(status().isForbidden());
    }
}
