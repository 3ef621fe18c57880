package org.irohub.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.irohub.support.IroHubTest;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IroHubTest
@AutoConfigureMockMvc
class SecurityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void apiWithoutCredentialsAnswers401ProblemJson() throws Exception {
        mvc.perform(get("/api/audit/verify"))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(401))
            .andExpect(header().string("WWW-Authenticate", containsString("Basic")));
    }

    @Test
    void anApiChangeWithoutCredentialsAnswers401NotACsrfRefusal() throws Exception {
        mvc.perform(post("/api/children").contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anApiChangeRidingOnABrowserSessionNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/api/audit/verify").with(user("a").roles(Roles.AUDITOR)).with(request -> {
            request.setRequestedSessionId("a-browser-session");
            return request;
        })
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isForbidden());
    }

    @Test
    void apiWithTheWrongRoleAnswers403ProblemJson() throws Exception {
        var chair = users.withRoles(Roles.CHAIR);
        mvc.perform(get("/api/audit/verify").with(httpBasic(chair.username(), chair.password())))
            .andExpect(status().isForbidden())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void apiAcceptsHttpBasicOfAServiceAccountWithTheRole() throws Exception {
        var auditor = users.withRoles(Roles.AUDITOR);
        mvc.perform(get("/api/audit/verify").with(httpBasic(auditor.username(), auditor.password())))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.valid").isBoolean())
            .andExpect(jsonPath("$.entries").isNumber());
    }

    @Test
    void pagesRedirectToSignInWhenSignedOut() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void aPageForAnotherRoleShowsTheForbiddenPage() throws Exception {
        mvc.perform(get("/admin/users").with(user("c").roles(Roles.CHAIR)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 403)
            .accept(MediaType.TEXT_HTML)
            .with(user("c").roles(Roles.CHAIR)))
            .andExpect(content().string(containsString("You do not have permission to see this page")));
    }

    @Test
    void anUnknownPageShowsPageNotFound() throws Exception {
        mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 404)
            .accept(MediaType.TEXT_HTML)
            .with(user("c").roles(Roles.CHAIR)))
            .andExpect(content().string(containsString("Page not found")));
    }

    @Test
    void everyResponseCarriesAContentSecurityPolicyWithoutInlineScript() throws Exception {
        mvc.perform(get("/sign-in"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
            .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
            .andExpect(header().string("X-Frame-Options", "DENY"))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void aPageFormWithoutTheCsrfTokenIsTreatedAsAnExpiredSession() throws Exception {
        mvc.perform(post("/admin/users").param("username", "someone").with(user("a").roles(Roles.ADMIN)))
            .andExpect(redirectedUrl("/sign-in?timedOut"));
        mvc.perform(post("/admin/users").param("username", "someone").with(user("a").roles(Roles.ADMIN)).with(csrf()))
            .andExpect(status().isOk());
    }

    @Test
    void healthIsPublicButOtherActuatorEndpointsNeedAdmin() throws Exception {
        var chair = users.withRoles(Roles.CHAIR);
        var admin = users.withRoles(Roles.ADMIN);
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic(chair.username(), chair.password())))
            .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic(admin.username(), admin.password())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void signInWithTheRightPasswordGoesHome() throws Exception {
        var chair = users.withRoles(Roles.CHAIR);
        mvc.perform(formLogin("/sign-in").user(chair.username()).password(chair.password()))
            .andExpect(redirectedUrl("/"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        var chair = users.withRoles(Roles.CHAIR);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/sign-in").user(chair.username()).password("wrong password " + i))
                .andExpect(redirectedUrl("/sign-in?error"));
        }
        mvc.perform(formLogin("/sign-in").user(chair.username()).password(chair.password()))
            .andExpect(redirectedUrl("/sign-in?locked"));
        mvc.perform(get("/api/audit/verify").with(httpBasic(chair.username(), chair.password())))
            .andExpect(status().isUnauthorized());
    }

    @Test
    void apiDocsListTheRolesEachOperationNeeds() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("c").roles(Roles.CHAIR)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.paths['/api/audit/verify'].get.description", containsString("Roles: AUDITOR, ADMIN")));
    }
}
