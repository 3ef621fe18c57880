package org.irohub.calendar.web;

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

import org.irohub.identity.Roles;
import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IroHubTest
@AutoConfigureMockMvc
class TimescalePagesTests {

    private static final RequestPostProcessor ADMIN = user("a.admin").roles(Roles.ADMIN);
    private static final RequestPostProcessor CHAIR = user("c.chair").roles(Roles.CHAIR);

    @Autowired
    MockMvc mvc;

    @Test
    void anyoneSignedInSeesEachTimescaleWithItsValueStatusAndSource() throws Exception {
        mvc.perform(get("/settings/timescales").with(CHAIR))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Initial child protection conference")))
            .andExpect(content().string(containsString("15 working days after the strategy discussion")))
            .andExpect(content().string(containsString("3 months after the initial conference")))
            .andExpect(content().string(containsString("Statutory")))
            .andExpect(content().string(containsString("Local default")))
            .andExpect(content().string(containsString("Care Planning, Placement and Case Review (England) Regulations 2010, reg 33")))
            .andExpect(content().string(not(containsString("/settings/timescales/icpc"))));
    }

    @Test
    void anAdministratorIsOfferedAChangeLinkForEachTimescale() throws Exception {
        mvc.perform(get("/settings/timescales").with(ADMIN))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("/settings/timescales/minutes-distributed")));
        mvc.perform(get("/settings/timescales/minutes-distributed").with(ADMIN))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Full record (minutes) distributed")));
    }

    @Test
    void anAdministratorChangesALocalTimescaleFromADate() throws Exception {
        mvc.perform(post("/settings/timescales/reconvened-inquorate-conference").with(ADMIN).with(csrf())
            .param("amount", "8").param("day", "6").param("month", "7").param("year", "2091"))
            .andExpect(redirectedUrl("/settings/timescales"))
            .andExpect(flash().attribute("flash",
                    "Reconvened conference after an inquorate one: 8 working days after the inquorate conference from 6 July 2091"));
    }

    @Test
    void anUnreadableFormIsShownAgainWithAnErrorSummary() throws Exception {
        mvc.perform(post("/settings/timescales/decision-letter").with(ADMIN).with(csrf())
            .param("amount", "two").param("day", "31").param("month", "2").param("year", "2091"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("There is a problem")))
            .andExpect(content().string(containsString("Enter the timescale as a whole number")))
            .andExpect(content().string(containsString("as a real date")));
    }

    @Test
    void lengtheningAStatutoryTimescaleIsRefusedOnTheForm() throws Exception {
        mvc.perform(post("/settings/timescales/icpc").with(ADMIN).with(csrf())
            .param("amount", "20").param("day", "1").param("month", "1").param("year", "2091"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is statutory: it can be shorter than 15 working days but not longer")));
    }

    @Test
    void onlyAnAdministratorMayChangeATimescale() throws Exception {
        mvc.perform(get("/settings/timescales/icpc").with(CHAIR)).andExpect(status().isForbidden());
        mvc.perform(post("/settings/timescales/icpc").with(CHAIR).with(csrf())
            .param("amount", "10").param("day", "1").param("month", "1").param("year", "2091"))
            .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownTimescaleIsNotFound() throws Exception {
        mvc.perform(get("/settings/timescales/no-such-thing").with(ADMIN)).andExpect(status().isNotFound());
    }
}
