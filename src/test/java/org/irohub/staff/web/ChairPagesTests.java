package org.irohub.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.irohub.identity.Roles;
import org.irohub.staff.internal.Chair;
import org.irohub.staff.internal.ChairDetails;
import org.irohub.staff.internal.ChairService;
import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IroHubTest
@AutoConfigureMockMvc
class ChairPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ChairService chairs;

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static MockHttpServletRequestBuilder asManager(MockHttpServletRequestBuilder request) {
        return request.with(user("manager").roles(Roles.IRO_MANAGER)).with(csrf());
    }

    private Chair aChair() {
        return chairs.create(ChairDetails.parse(unique("Page Chair"), null, "IRO Team North", "0.8",
                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY"), "3"));
    }

    @Test
    void aManagerAddsAChairAndIsSentToItsPageWithAMessage() throws Exception {
        String name = unique("New Chair");
        mvc.perform(asManager(post("/staff/chairs"))
                .param("name", name)
                .param("team", "IRO Team South")
                .param("fte", "0.5")
                .param("workingDays", "MONDAY", "TUESDAY", "WEDNESDAY")
                .param("maxConferencesPerDay", "3"))
            .andExpect(redirectedUrlPattern("/staff/chairs/*"))
            .andExpect(flash().attribute("flash", name + " added. Record any conflicts below"));

        assertThat(chairs.all()).anyMatch(c -> c.getName().equals(name) && c.getWorkingDays().size() == 3);
    }

    @Test
    void aRefusedChairComesBackWithTheErrorSummaryWhatWasTypedAndNothingWritten() throws Exception {
        String name = unique("Refused Chair");
        mvc.perform(asManager(post("/staff/chairs"))
                .param("name", name)
                .param("team", "IRO Team South")
                .param("fte", "1.2")
                .param("maxConferencesPerDay", "3"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<title>Error: Add a chair")))
            .andExpect(content().string(containsString("There is a problem")))
            .andExpect(content().string(containsString("href=\"#fte\"")))
            .andExpect(content().string(containsString("FTE must be from 0.1 to 1.0")))
            .andExpect(content().string(containsString("href=\"#workingDays\"")))
            .andExpect(content().string(containsString("Select at least one day the chair works")))
            .andExpect(content().string(containsString("value=\"" + name + "\"")));

        assertThat(chairs.all()).noneMatch(c -> c.getName().equals(name));
    }

    @Test
    void aStaleEditIsRefusedWithAClearMessageAndTheOtherChangeKept() throws Exception {
        Chair chair = aChair();
        chairs.update(chair.getId(), chair.getVersion(), ChairDetails.parse(chair.getName(), null, "Changed Meanwhile",
                "0.8", List.of("MONDAY"), "3"));

        mvc.perform(asManager(post("/staff/chairs/" + chair.getId()))
                .param("name", chair.getName())
                .param("team", "My Edit")
                .param("fte", "1.0")
                .param("workingDays", "FRIDAY")
                .param("maxConferencesPerDay", "3")
                .param("version", String.valueOf(chair.getVersion())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Someone else changed this chair while you were editing")));

        assertThat(chairs.get(chair.getId()).getTeam()).isEqualTo("Changed Meanwhile");
    }

    @Test
    void recordsAndRemovesAConflictFromTheChairPage() throws Exception {
        Chair chair = aChair();
        mvc.perform(asManager(post("/staff/chairs/" + chair.getId() + "/conflicts"))
                .param("version", String.valueOf(chair.getVersion()))
                .param("personName", "Sam Smith")
                .param("personRole", "Social worker")
                .param("reason", "LINE_MANAGEMENT"))
            .andExpect(redirectedUrlPattern("/staff/chairs/*"))
            .andExpect(flash().attribute("flash", "Conflict recorded"));

        Chair withConflict = chairs.get(chair.getId());
        mvc.perform(get("/staff/chairs/" + chair.getId()).with(user("m").roles(Roles.IRO_MANAGER)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Sam Smith")))
            .andExpect(content().string(containsString("Line management")));

        mvc.perform(asManager(post("/staff/chairs/" + chair.getId() + "/conflicts/remove"))
                .param("version", String.valueOf(withConflict.getVersion()))
                .param("index", "0"))
            .andExpect(flash().attribute("flash", "Conflict removed"));
        assertThat(chairs.get(chair.getId()).getConflicts()).isEmpty();
    }

    @Test
    void aConflictWithoutAReasonComesBackPointingAtTheReason() throws Exception {
        Chair chair = aChair();
        mvc.perform(asManager(post("/staff/chairs/" + chair.getId() + "/conflicts"))
                .param("version", String.valueOf(chair.getVersion()))
                .param("personName", "Sam Smith"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"#reason\"")))
            .andExpect(content().string(containsString("value=\"Sam Smith\"")));
        assertThat(chairs.get(chair.getId()).getConflicts()).isEmpty();
    }

    @Test
    void chairsAndBusinessSupportSeeTheListButCannotChangeIt() throws Exception {
        Chair chair = aChair();
        mvc.perform(get("/staff/chairs").with(user("c").roles(Roles.CHAIR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(chair.getName())))
            .andExpect(content().string(containsString("Mon, Tue, Wed, Thu")))
            .andExpect(content().string(not(containsString("Add a chair"))));
        mvc.perform(get("/staff/chairs").with(user("s").roles(Roles.BUSINESS_SUPPORT))).andExpect(status().isOk());
        mvc.perform(get("/staff/chairs/new").with(user("c").roles(Roles.CHAIR))).andExpect(status().isForbidden());
        mvc.perform(post("/staff/chairs/" + chair.getId()).with(user("c").roles(Roles.CHAIR)).with(csrf())
                .param("name", "Hijack")).andExpect(status().isForbidden());
        mvc.perform(get("/staff/chairs").with(user("v").roles(Roles.PERFORMANCE_VIEWER))).andExpect(status().isForbidden());
    }

    @Test
    void aManagerSeesTheAddButtonAndAnUnknownChairIsNotFound() throws Exception {
        mvc.perform(get("/staff/chairs").with(user("m").roles(Roles.IRO_MANAGER)))
            .andExpect(content().string(containsString("Add a chair")));
        mvc.perform(get("/staff/chairs/new").with(user("m").roles(Roles.ADMIN)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"workingDays\"")));
        mvc.perform(get("/staff/chairs/" + Long.MAX_VALUE).with(user("m").roles(Roles.IRO_MANAGER)))
            .andExpect(status().isNotFound());
    }
}
