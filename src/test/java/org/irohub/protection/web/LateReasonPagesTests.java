package org.irohub.protection.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.irohub.identity.Roles;
import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@IroHubTest
@AutoConfigureMockMvc
class LateReasonPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anAdministratorAddsAReasonThatChairsCanThenGive() throws Exception {
        String label = "Interpreter not available " + UUID.randomUUID().toString().substring(0, 4);
        mvc.perform(post("/admin/late-reasons").with(user("a").roles(Roles.ADMIN)).with(csrf()).param("label", label))
            .andExpect(redirectedUrl("/admin/late-reasons"));

        mvc.perform(get("/api/late-reasons").with(user("c").roles(Roles.CHAIR)))
            .andExpect(content().string(containsString(label)));
    }

    @Test
    void aDuplicateOrEmptyReasonIsRefusedInTheErrorSummary() throws Exception {
        mvc.perform(post("/admin/late-reasons").with(user("a").roles(Roles.ADMIN)).with(csrf()).param("label", "Missing report"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("That reason is already on the list")));
        mvc.perform(post("/admin/late-reasons").with(user("a").roles(Roles.ADMIN)).with(csrf()).param("label", " "))
            .andExpect(content().string(containsString("Enter the reason")));
    }

    @Test
    void onlyAdministratorsChangeTheList() throws Exception {
        mvc.perform(get("/admin/late-reasons").with(user("m").roles(Roles.IRO_MANAGER))).andExpect(status().isForbidden());
    }
}
