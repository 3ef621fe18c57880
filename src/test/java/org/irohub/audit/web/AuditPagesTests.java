package org.irohub.audit.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.irohub.identity.Roles;
import org.irohub.support.IroHubTest;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@IroHubTest
@AutoConfigureMockMvc
class AuditPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void anAuditorFindsFailedAndSuccessfulSignInsOfAUser() throws Exception {
        var chair = users.withRoles(Roles.CHAIR);
        mvc.perform(formLogin("/sign-in").user(chair.username()).password("not it at all"));
        mvc.perform(formLogin("/sign-in").user(chair.username()).password(chair.password()));

        mvc.perform(get("/audit").param("actor", chair.username()).param("action", "SIGN_IN")
                .with(user("auditor").roles(Roles.AUDITOR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("2 entries")))
            .andExpect(content().string(containsString("wrong password")))
            .andExpect(content().string(containsString("SUCCESS")));
    }

    @Test
    void aBadDateIsShownInTheErrorSummaryAndNothingIsListed() throws Exception {
        mvc.perform(get("/audit").param("from", "31/03/2017").with(user("auditor").roles(Roles.AUDITOR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("govuk-error-summary")))
            .andExpect(content().string(containsString("Date from must be a real date")))
            .andExpect(content().string(not(containsString("Entries, newest first"))));
    }

    @Test
    void aChairCannotReadTheAuditLog() throws Exception {
        mvc.perform(get("/audit").with(user("chair").roles(Roles.CHAIR))).andExpect(status().isForbidden());
    }

    @Test
    void theVerifyPageSaysTheLogIsIntact() throws Exception {
        mvc.perform(get("/audit/verify").with(user("auditor").roles(Roles.AUDITOR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("The log is intact")));
    }
}
