package org.irohub.protection.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.irohub.identity.Roles;
import org.irohub.protection.minutes.MinutesFixtures;
import org.irohub.support.IroHubTest;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The minutes API contract: reading, recording each step in order, the overdue list and a chair's own list. */
@IroHubTest
@AutoConfigureMockMvc
class MinutesApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    MinutesFixtures fixtures;

    TestUsers.Credentials support;
    TestUsers.Credentials chair;

    @BeforeEach
    void people() {
        support = users.withRoles(Roles.BUSINESS_SUPPORT);
        chair = users.withRoles(Roles.CHAIR);
    }

    private ResultActions step(TestUsers.Credentials who, long conference, String step, String json) throws Exception {
        return mvc.perform(post("/api/conferences/" + conference + "/minutes/" + step)
            .with(httpBasic(who.username(), who.password()))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
    }

    private ResultActions read(TestUsers.Credentials who, String url) throws Exception {
        return mvc.perform(get(url).with(httpBasic(who.username(), who.password())));
    }

    @Test
    void aHeldConferenceHasMinutesDueAfterTheChristmasBankHolidays() throws Exception {
        long conference = fixtures.heldBeforeChristmas2016(null);

        read(support, "/api/conferences/" + conference + "/minutes")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.heldOn").value("2016-12-23"))
            .andExpect(jsonPath("$.version").value(0))
            .andExpect(jsonPath("$.steps[0].step").value("decision-letter-sent"))
            .andExpect(jsonPath("$.steps[0].due").value("2016-12-28"))
            .andExpect(jsonPath("$.steps[3].step").value("distributed"))
            .andExpect(jsonPath("$.steps[3].due").value("2017-01-18"))
            .andExpect(jsonPath("$.steps[3].overdue").value(true))
            .andExpect(jsonPath("$.next[0]").value("decision-letter-sent"))
            .andExpect(jsonPath("$.next[1]").value("received"));
    }

    @Test
    void aConferenceNotYetHeldHasNoMinutes() throws Exception {
        long conference = fixtures.icpcRequested(fixtures.childBornOn(LocalDate.of(2012, 1, 1)), LocalDate.of(2017, 1, 3));

        read(support, "/api/conferences/" + conference + "/minutes").andExpect(status().isNotFound());
    }

    @Test
    void recordsTheStepsInOrderAndOnlyAChairApproves() throws Exception {
        long conference = fixtures.heldBeforeChristmas2016(null);

        step(support, conference, "received", "{\"on\":\"2017-01-09\",\"version\":0}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.version").value(1))
            .andExpect(jsonPath("$.steps[1].doneOn").value("2017-01-09"))
            .andExpect(jsonPath("$.steps[1].doneBy").value(support.username()))
            .andExpect(jsonPath("$.next[1]").value("approved"));
        step(support, conference, "approved", "{\"on\":\"2017-01-10\",\"version\":1}").andExpect(status().isForbidden());
        step(chair, conference, "approved", "{\"on\":\"2017-01-10\",\"version\":1}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.steps[2].doneBy").value(chair.username()));
        step(support, conference, "distributed", "{\"on\":\"2017-01-17\",\"version\":2}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.steps[3].overdue").value(false));
    }

    @Test
    void distributingBeforeApprovalIsAConflictNamingTheField() throws Exception {
        long conference = fixtures.heldBeforeChristmas2016(null);

        step(support, conference, "distributed", "{\"on\":\"2017-01-17\",\"version\":0}")
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.field").value("distributed"))
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Minutes approved by the chair")));
    }

    @Test
    void aStaleVersionIsAConflictOnTheVersion() throws Exception {
        long conference = fixtures.heldBeforeChristmas2016(null);
        step(support, conference, "received", "{\"on\":\"2017-01-09\",\"version\":0}").andExpect(status().isOk());

        step(support, conference, "decision-letter-sent", "{\"on\":\"2016-12-28\",\"version\":0}")
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.field").value("version"));
    }

    @Test
    void aDateThatIsNotRealInTheFutureOrBeforeTheConferenceIsABadRequest() throws Exception {
        long conference = fixtures.heldBeforeChristmas2016(null);

        step(support, conference, "received", "{\"on\":\"2017-02-30\",\"version\":0}").andExpect(status().isBadRequest());
        step(support, conference, "received", "{\"on\":\"" + LocalDate.now().plusDays(2) + "\",\"version\":0}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("received"));
        step(support, conference, "decision-letter-sent", "{\"on\":\"2016-12-22\",\"version\":0}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("decisionLetterSent"));
        step(support, conference, "typed", "{\"on\":\"2017-01-09\",\"version\":0}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("step"));
    }

    @Test
    void theOverdueListIsForBusinessSupportAndManagers() throws Exception {
        long conference = fixtures.heldBeforeChristmas2016(null);

        read(support, "/api/minutes?overdue=true")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.conferenceId == " + conference + ")].step",
                    org.hamcrest.Matchers.contains("decision-letter-sent", "received")))
            .andExpect(jsonPath("$[0].overdue").value(true));
        read(support, "/api/minutes?step=approved")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[*].conferenceId", not(hasItem((int) conference))));
        read(chair, "/api/minutes").andExpect(status().isForbidden());
    }

    @Test
    void aChairSeesTheirConferencesChildrenOverFourAndMinutesToApprove() throws Exception {
        long chairId = fixtures.chairFor(chair.username());
        LocalDate soon = LocalDate.now().plusDays(3);
        long older = fixtures.childBornOn(LocalDate.now().minusYears(9));
        long toddler = fixtures.childBornOn(LocalDate.now().minusYears(2));
        long booked = fixtures.booked(older, LocalDate.now().minusDays(1), chairId, soon);
        fixtures.booked(toddler, LocalDate.now().minusDays(1), chairId, soon);
        long held = fixtures.heldBeforeChristmas2016(chairId);
        step(support, held, "received", "{\"on\":\"2017-01-09\",\"version\":0}").andExpect(status().isOk());

        read(chair, "/api/my-conferences")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.chairId").value(chairId))
            // The two booked, and the first review the held conference requested, which keeps its chair.
            .andExpect(jsonPath("$.upcoming.length()").value(3))
            .andExpect(jsonPath("$.upcoming[0].type").value("Review conference"))
            .andExpect(jsonPath("$.upcoming[0].booked").value(false))
            .andExpect(jsonPath("$.toPrepare.length()").value(2))
            .andExpect(jsonPath("$.toPrepare[*].conferenceId", hasItem((int) booked)))
            .andExpect(jsonPath("$.contacts[*].childId", hasItem((int) older)))
            .andExpect(jsonPath("$.contacts[*].childId", not(hasItem((int) toddler))))
            .andExpect(jsonPath("$.contacts[?(@.childId == " + older + ")].age", hasItem(9)))
            .andExpect(jsonPath("$.toApprove[0].conferenceId").value(held))
            .andExpect(jsonPath("$.toApprove[0].receivedOn").value("2017-01-09"));
    }

    @Test
    void aChildDropsOffTheContactListOnceTheChairsContactIsRecorded() throws Exception {
        long chairId = fixtures.chairFor(chair.username());
        LocalDate soon = LocalDate.now().plusDays(3);
        long child = fixtures.childBornOn(LocalDate.now().minusYears(7));
        long booked = fixtures.booked(child, LocalDate.now().minusDays(1), chairId, soon);
        read(chair, "/api/my-conferences").andExpect(jsonPath("$.contacts[*].childId", hasItem((int) child)));

        mvc.perform(put("/api/conferences/" + booked + "/children/" + child + "/participation")
                .with(httpBasic(chair.username(), chair.password()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"chairContactOn\":\"%s\",\"chairContactHow\":\"Phone call\"}".formatted(LocalDate.now())))
            .andExpect(status().isNoContent());

        read(chair, "/api/my-conferences").andExpect(jsonPath("$.contacts[*].childId", not(hasItem((int) child))));
    }

    @Test
    void aChairWithoutAChairRecordIsToldSoAndOthersAreRefused() throws Exception {
        read(chair, "/api/my-conferences")
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.detail").value("Your user account is not linked to a chair record"));
        read(support, "/api/my-conferences").andExpect(status().isForbidden());
    }
}
