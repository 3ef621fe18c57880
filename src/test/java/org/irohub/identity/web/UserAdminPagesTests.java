package org.irohub.identity.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.irohub.identity.Roles;
import org.irohub.identity.UserAccountService;
import org.irohub.support.IroHubTest;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@IroHubTest
@AutoConfigureMockMvc
class UserAdminPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    UserAccountService accounts;

    @Test
    void anAdministratorCreatesAUserAndIsSentBackToTheListWithAMessage() throws Exception {
        String username = "new-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/users").with(user("a").roles(Roles.ADMIN)).with(csrf())
                .param("username", username)
                .param("displayName", "Jo Support")
                .param("password", "maple thunder biscuit")
                .param("roles", Roles.BUSINESS_SUPPORT))
            .andExpect(redirectedUrl("/admin/users"))
            .andExpect(flash().attribute("flash", "User " + username + " created"));
    }

    @Test
    void aRefusedFormComesBackWithTheErrorSummaryAndWhatWasTyped() throws Exception {
        mvc.perform(post("/admin/users").with(user("a").roles(Roles.ADMIN)).with(csrf())
                .param("username", "jo.typed")
                .param("displayName", "Jo Typed")
                .param("password", "short")
                .param("roles", Roles.CHAIR))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("There is a problem")))
            .andExpect(content().string(containsString("href=\"#password\"")))
            .andExpect(content().string(containsString("Password must be 12 characters or more")))
            .andExpect(content().string(containsString("value=\"Jo Typed\"")))
            .andExpect(content().string(containsString("<title>Error: Create a user")));
    }

    @Test
    void aStaleEditIsRefusedWithAClearMessage() throws Exception {
        var chair = users.withRoles(Roles.CHAIR);
        int version = accounts.get(chair.id()).getVersion();
        accounts.update(chair.id(), version, "Changed Meanwhile", null, java.util.Set.of(Roles.CHAIR));

        mvc.perform(post("/admin/users/" + chair.id()).with(user("a").roles(Roles.ADMIN)).with(csrf())
                .param("displayName", "My Edit")
                .param("roles", Roles.IRO_MANAGER)
                .param("version", String.valueOf(version)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Someone else changed this user")));
    }

    @Test
    void theUserListShowsRolesInWords() throws Exception {
        var viewer = users.withRoles(Roles.PERFORMANCE_VIEWER);
        mvc.perform(get("/admin/users").with(user("a").roles(Roles.ADMIN)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(viewer.username())))
            .andExpect(content().string(containsString("Performance viewer")));
    }
}
