package org.irohub.protection.participation.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.irohub.identity.Roles;
import org.irohub.support.IroHubTest;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The participation pages: forms with the GOV.UK error summary, post/redirect/get, and the section on the conference page. */
@IroHubTest
@AutoConfigureMockMvc
class ParticipationPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    long child;
    String conference;

    @BeforeEach
    void anIcpc() throws Exception {
        var support = users.withRoles(Roles.BUSINESS_SUPPORT);
        String la = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String body = mvc.perform(post("/api/children").with(httpBasic(support.username(), support.password()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"laChildId\":\"%s\",\"firstName\":\"Robin\",\"lastName\":\"Page\",\"dateOfBirth\":\"2009-03-02\",\"sex\":\"F\"}".formatted(la)))
            .andReturn().getResponse().getContentAsString();
        child = ((Number) JsonPath.read(body, "$.id")).longValue();
        conference = mvc.perform(post("/children/" + child + "/strategy-discussions").with(asSupport()).with(csrf())
                .param("dateDay", "20").param("dateMonth", "12").param("dateYear", "2016").param("section47Started", "yes"))
            .andReturn().getResponse().getRedirectedUrl();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor asSupport() {
        return user("support").roles(Roles.BUSINESS_SUPPORT);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor asChair() {
        return user("chair").roles(Roles.CHAIR);
    }

    private void invite(String name, String agency, String role) throws Exception {
        mvc.perform(agencyInvitee(post(conference + "/invitees"), name, agency, role).with(asSupport()).with(csrf()))
            .andExpect(redirectedUrl(conference + "/invitees"))
            .andExpect(flash().attribute("flash", name + " invited"));
    }

    private static MockHttpServletRequestBuilder agencyInvitee(MockHttpServletRequestBuilder post, String name,
            String agency, String role) {
        return post.param("name", name).param("kind", "AGENCY").param("agency", agency).param("role", role)
            .param("directContact", "yes");
    }

    @Test
    void invitingSomeoneRedirectsAndTheConferencePageShowsThemInItsParticipationSection() throws Exception {
        invite("Sam Worker", "CHILDRENS_SOCIAL_CARE", "Social worker");

        mvc.perform(get(conference).with(asSupport()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Participation")))
            .andExpect(content().string(containsString("Sam Worker")))
            .andExpect(content().string(containsString("Children&#39;s social care, Social worker")))
            .andExpect(content().string(containsString("Attendance not recorded")))
            .andExpect(content().string(containsString("Manage invitees and reports")))
            .andExpect(content().string(not(containsString("Record attendance"))))
            .andExpect(content().string(containsString("No contact with the chair recorded")));
    }

    @Test
    void anInviteeWithoutANameOrRoleIsShownInTheErrorSummary() throws Exception {
        mvc.perform(post(conference + "/invitees").with(asSupport()).with(csrf()).param("name", "").param("kind", "AGENCY"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<title>Error: Invitees")))
            .andExpect(content().string(containsString("There is a problem")))
            .andExpect(content().string(containsString("href=\"#name\"")))
            .andExpect(content().string(containsString("Enter the invitee&#39;s name")));

        mvc.perform(post(conference + "/invitees").with(asSupport()).with(csrf()).param("name", "Tess")
                .param("kind", "AGENCY").param("agency", "EDUCATION"))
            .andExpect(content().string(containsString("href=\"#role\"")));
    }

    @Test
    void theChairRecordsAttendanceAndTheConferencePageSaysWhyItIsNotQuorate() throws Exception {
        invite("Sam Worker", "CHILDRENS_SOCIAL_CARE", "Social worker");
        invite("Hana Visitor", "HEALTH_VISITOR", "Health visitor");
        invite("Dr Gee", "GP", "GP");
        mvc.perform(get(conference + "/attendance").with(asChair()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("name=\"attendance-1\"")));

        mvc.perform(post(conference + "/attendance").with(asChair()).with(csrf())
                .param("attendance-1", "ATTENDED").param("attendance-2", "ATTENDED").param("attendance-3", "ATTENDED"))
            .andExpect(redirectedUrl(conference))
            .andExpect(flash().attribute("flash", "Attendance recorded"));

        mvc.perform(get(conference).with(asChair()))
            .andExpect(content().string(containsString("Not quorate")))
            .andExpect(content().string(containsString("Only one other agency with direct contact attended: Health (health visitor, GP count once)")))
            .andExpect(content().string(containsString("Record the chair's decision")));
    }

    @Test
    void reconveningAnInquorateConferenceNeedsNoReasonButGoingAheadDoes() throws Exception {
        invite("Sam Worker", "CHILDRENS_SOCIAL_CARE", "Social worker");
        mvc.perform(post(conference + "/attendance").with(asChair()).with(csrf()).param("attendance-1", "ATTENDED"))
            .andExpect(redirectedUrl(conference));

        mvc.perform(post(conference + "/inquorate-decision").with(asChair()).with(csrf()).param("proceed", "yes"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("There is a problem")))
            .andExpect(content().string(containsString("href=\"#reason\"")));

        mvc.perform(post(conference + "/inquorate-decision").with(asChair()).with(csrf()).param("proceed", "no"))
            .andExpect(redirectedUrlPattern("/conferences/*"))
            .andExpect(flash().attribute("flash", containsString("Conference reconvened, due 27 January 2017")));
    }

    @Test
    void businessSupportMayNotRecordAttendance() throws Exception {
        mvc.perform(get(conference + "/attendance").with(asSupport())).andExpect(status().isForbidden());
    }

    @Test
    void viewsGivenWithoutSayingHowIsRefusedOnTheChildsPage() throws Exception {
        String page = conference + "/children/" + child + "/participation";
        mvc.perform(get(page).with(asChair())).andExpect(status().isOk())
            .andExpect(content().string(containsString("offered contact with the chair")));

        mvc.perform(post(page).with(asChair()).with(csrf()).param("attended", "no").param("viewsGiven", "yes"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"#viewsHow\"")))
            .andExpect(content().string(containsString("Select how the child gave their views")));

        mvc.perform(post(page).with(asChair()).with(csrf()).param("attended", "no").param("viewsGiven", "yes")
                .param("viewsHow", "MIND_OF_MY_OWN").param("contactDay", "30").param("contactMonth", "12")
                .param("contactYear", "2016").param("chairContactHow", "Phone call"))
            .andExpect(redirectedUrl(conference));
        mvc.perform(get(conference).with(asChair()))
            .andExpect(content().string(containsString("Views given: Mind of My Own (MOMO) statement")))
            .andExpect(content().string(containsString("Contact with the chair on 30 December 2016: Phone call")));
    }
}
