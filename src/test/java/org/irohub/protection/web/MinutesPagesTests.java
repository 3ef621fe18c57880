package org.irohub.protection.web;

import static org.hamcrest.Matchers.allOf;
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

import org.irohub.identity.Roles;
import org.irohub.protection.minutes.MinutesFixtures;
import org.irohub.support.IroHubTest;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IroHubTest
@AutoConfigureMockMvc
class MinutesPagesTests {

    private static final RequestPostProcessor SUPPORT = user("support").roles(Roles.BUSINESS_SUPPORT);
    private static final RequestPostProcessor CHAIR = user("chair").roles(Roles.CHAIR);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    MinutesFixtures fixtures;

    private ResultActions recordStep(RequestPostProcessor who, long conference, String step, String day, String month,
            String year, int version) throws Exception {
        return mvc.perform(post("/conferences/" + conference + "/minutes/" + step).with(who).with(csrf())
            .param("onDay", day).param("onMonth", month).param("onYear", year).param("version", String.valueOf(version)));
    }

    @Test
    void businessSupportSeesOverdueMinutesInRedLinkedToTheConference() throws Exception {
        long conference = fixtures.heldBeforeChristmas2016(null);

        mvc.perform(get("/minutes").param("overdue", "yes").with(SUPPORT))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"/conferences/" + conference + "#minutes\"")))
            .andExpect(content().string(containsString("Initial conference held 23 December 2016")))
            .andExpect(content().string(containsString("govuk-tag--red")))
            .andExpect(content().string(containsString("Overdue by")));
        mvc.perform(get("/minutes").param("step", "approved").with(SUPPORT))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("href=\"/conferences/" + conference + "#minutes\""))));
    }

    @Test
    void theMinutesListIsNotForChairs() throws Exception {
        mvc.perform(get("/minutes").with(CHAIR)).andExpect(status().isForbidden());
    }

    @Test
    void theConferencePageShowsTheMinutesAndRecordsTheNextStep() throws Exception {
        long conference = fixtures.heldBeforeChristmas2016(null);

        mvc.perform(get("/conferences/" + conference).with(SUPPORT))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Decision letter and minutes"),
                    containsString("28 December 2016"), containsString("18 January 2017"),
                    containsString("Record decision letter sent"), containsString("Record minutes received"))));

        recordStep(SUPPORT, conference, "received", "9", "1", "2017", 0)
            .andExpect(redirectedUrl("/conferences/" + conference + "#minutes"))
            .andExpect(flash().attribute("flash", "Recorded: minutes received from the minute-taker on 9 January 2017"));

        mvc.perform(get("/conferences/" + conference).with(SUPPORT))
            .andExpect(content().string(allOf(containsString("9 January 2017 (recorded by support)"),
                    containsString("waiting for the chair"), not(containsString("Approve the minutes")))));
        mvc.perform(get("/conferences/" + conference).with(CHAIR))
            .andExpect(content().string(containsString("Approve the minutes")));
    }

    @Test
    void approvingBeforeTheMinutesArriveShowsTheErrorSummaryAndKeepsTheDate() throws Exception {
        long conference = fixtures.heldBeforeChristmas2016(null);

        recordStep(CHAIR, conference, "approved", "10", "1", "2017", 0)
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("<title>Error: Initial conference"),
                    containsString("There is a problem"), containsString("href=\"#approved\""),
                    containsString("You cannot approve the minutes yet"))));
    }

    @Test
    void aDateThatIsNotRealIsRefusedOnTheConferencePage() throws Exception {
        long conference = fixtures.heldBeforeChristmas2016(null);

        recordStep(SUPPORT, conference, "decision-letter-sent", "31", "2", "2017", 0)
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("href=\"#decisionLetterSent\""),
                    containsString("The date must be a real date"), containsString("value=\"31\""))));
    }

    @Test
    void businessSupportCannotApprove() throws Exception {
        long conference = fixtures.heldBeforeChristmas2016(null);

        recordStep(SUPPORT, conference, "approved", "10", "1", "2017", 0).andExpect(status().isForbidden());
    }

    @Test
    void aChairWithoutAChairRecordIsToldHowToGetOne() throws Exception {
        mvc.perform(get("/my-conferences").with(CHAIR))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Your user account is not linked to a chair record")));
        mvc.perform(get("/my-conferences").with(SUPPORT)).andExpect(status().isForbidden());
    }

    @Test
    void aChairSeesTheConferenceToPrepareAndTheChildWhoseContactIsToBeRecorded() throws Exception {
        var person = users.withRoles(Roles.CHAIR);
        long chairId = fixtures.chairFor(person.username());
        long child = fixtures.childBornOn(LocalDate.now().minusYears(7));
        long booked = fixtures.booked(child, LocalDate.now().minusDays(1), chairId, LocalDate.now().plusDays(2));

        mvc.perform(get("/my-conferences").with(user(person.username()).roles(Roles.CHAIR)))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("href=\"/conferences/" + booked + "\""),
                    containsString("href=\"/children/" + child + "\""), containsString("Contact to record"),
                    containsString("No minutes are waiting for your approval"))));
    }
}
