package org.irohub.protection.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.irohub.identity.Roles;
import org.irohub.support.IroHubTest;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IroHubTest
@AutoConfigureMockMvc
class ProtectionPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    private long aChild() throws Exception {
        var support = users.withRoles(Roles.BUSINESS_SUPPORT);
        String la = "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String body = mvc.perform(post("/api/children").with(httpBasic(support.username(), support.password()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"laChildId\":\"%s\",\"firstName\":\"Robin\",\"lastName\":\"Page\",\"dateOfBirth\":\"2011-03-02\",\"sex\":\"F\"}".formatted(la)))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void recordingASection47DiscussionOpensTheRequestedConference() throws Exception {
        long child = aChild();
        mvc.perform(post("/children/" + child + "/strategy-discussions").with(user("s").roles(Roles.BUSINESS_SUPPORT)).with(csrf())
                .param("dateDay", "20").param("dateMonth", "12").param("dateYear", "2016")
                .param("section47Started", "yes"))
            .andExpect(redirectedUrlPattern("/conferences/*"))
            .andExpect(flash().attribute("flash", containsString("due 13 January 2017")));

        mvc.perform(get("/children/" + child).with(user("s").roles(Roles.BUSINESS_SUPPORT)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Child protection")))
            .andExpect(content().string(containsString("Strategy discussion")))
            .andExpect(content().string(containsString("Initial conference")));
    }

    @Test
    void aDateThatIsNotRealIsShownInTheErrorSummaryAndNothingIsRecorded() throws Exception {
        long child = aChild();
        mvc.perform(post("/children/" + child + "/strategy-discussions").with(user("s").roles(Roles.BUSINESS_SUPPORT)).with(csrf())
                .param("dateDay", "31").param("dateMonth", "2").param("dateYear", "2017"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("There is a problem")))
            .andExpect(content().string(containsString("The date of the strategy discussion must be a real date")))
            .andExpect(content().string(containsString("Select yes if the discussion started a section 47 enquiry")));

        mvc.perform(get("/children/" + child).with(user("s").roles(Roles.BUSINESS_SUPPORT)))
            .andExpect(content().string(containsString("Nothing recorded yet")));
    }

    @Test
    void aChairRecordingALateOutcomeWithoutAReasonSeesTheErrorAndTheConferenceStaysOpen() throws Exception {
        long child = aChild();
        String location = mvc.perform(post("/children/" + child + "/strategy-discussions").with(user("s").roles(Roles.BUSINESS_SUPPORT)).with(csrf())
                .param("dateDay", "20").param("dateMonth", "12").param("dateYear", "2016").param("section47Started", "yes"))
            .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).with(user("c").roles(Roles.CHAIR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Record the outcome")))
            .andExpect(content().string(containsString("Overdue: due 13 January 2017")));

        mvc.perform(post(location + "/outcome").with(user("c").roles(Roles.CHAIR)).with(csrf())
                .param("heldDay", "16").param("heldMonth", "1").param("heldYear", "2017")
                .param("planRequired", "yes").param("category", "NEG").param("version", "0"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("There is a problem")))
            .andExpect(content().string(containsString("give at least one reason out of timescale")))
            .andExpect(content().string(containsString("href=\"#lateReasons\"")));

        mvc.perform(post(location + "/outcome").with(user("c").roles(Roles.CHAIR)).with(csrf())
                .param("heldDay", "16").param("heldMonth", "1").param("heldYear", "2017")
                .param("planRequired", "yes").param("category", "NEG").param("lateReasons", "MISSING_REPORT")
                .param("version", "0"))
            .andExpect(redirectedUrlPattern("/conferences/*"))
            .andExpect(flash().attribute("flash", containsString("Next review requested, due 16 April 2017")));
    }

    @Test
    void aTransferInIsRequestedFromTheChildsRecordAndMissingFieldsAreNamed() throws Exception {
        long child = aChild();
        mvc.perform(post("/children/" + child + "/transfers-in").with(user("s").roles(Roles.BUSINESS_SUPPORT)).with(csrf())
                .param("notifiedDay", "20").param("notifiedMonth", "12").param("notifiedYear", "2016"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Enter the authority the child has moved from")))
            .andExpect(content().string(containsString("Enter the date the plan started there")));

        mvc.perform(post("/children/" + child + "/transfers-in").with(user("s").roles(Roles.BUSINESS_SUPPORT)).with(csrf())
                .param("notifiedDay", "20").param("notifiedMonth", "12").param("notifiedYear", "2016")
                .param("fromAuthority", "Durham County Council")
                .param("startDay", "1").param("startMonth", "6").param("startYear", "2016"))
            .andExpect(redirectedUrlPattern("/conferences/*"))
            .andExpect(flash().attribute("flash", containsString("due 13 January 2017")));
    }

    @Test
    void businessSupportSeesTheConferenceButNotTheOutcomeForm() throws Exception {
        long child = aChild();
        String location = mvc.perform(post("/children/" + child + "/strategy-discussions").with(user("s").roles(Roles.BUSINESS_SUPPORT)).with(csrf())
                .param("dateDay", "20").param("dateMonth", "12").param("dateYear", "2016").param("section47Started", "yes"))
            .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).with(user("s").roles(Roles.BUSINESS_SUPPORT)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("Record the outcome"))))
            .andExpect(content().string(containsString("Initial conference not required")));
    }
}
