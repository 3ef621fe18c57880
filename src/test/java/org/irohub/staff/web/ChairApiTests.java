package org.irohub.staff.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.irohub.identity.Roles;
import org.irohub.support.IroHubTest;
import org.irohub.support.TestUsers;
import org.irohub.support.TestUsers.Credentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IroHubTest
@AutoConfigureMockMvc
class ChairApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    private Credentials manager;

    @BeforeEach
    void signIn() {
        manager = users.withRoles(Roles.IRO_MANAGER);
    }

    private static MockHttpServletRequestBuilder postJson(String path, String json, Credentials as) {
        return post(path).with(httpBasic(as.username(), as.password()))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json);
    }

    private static String aChair(String name) {
        return """
                {"name":"%s","team":"IRO Team North","fte":0.5,"workingDays":["MONDAY","TUESDAY"],"maxConferencesPerDay":2}
                """.formatted(name);
    }

    @Test
    void aManagerAddsAChairAndGets201WithItsId() throws Exception {
        String name = "Api Chair " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(postJson("/api/chairs", aChair(name), manager))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", startsWith("/api/chairs/")))
            .andExpect(jsonPath("$.id").isNumber())
            .andExpect(jsonPath("$.fte").value(0.5))
            .andExpect(jsonPath("$.workingDays[0]").value("MONDAY"))
            .andExpect(jsonPath("$.maxConferencesPerDay").value(2));

        mvc.perform(get("/api/chairs").with(httpBasic(manager.username(), manager.password())))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[*].name", hasItem(name)));
    }

    @Test
    void aRefusedChairIs400ProblemJsonNamingTheField() throws Exception {
        mvc.perform(postJson("/api/chairs", """
                {"name":"Too Much","team":"IRO Team North","fte":1.5,"workingDays":["MONDAY"]}
                """, manager))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.field").value("fte"))
            .andExpect(jsonPath("$.detail").value("FTE must be from 0.1 to 1.0"))
            .andExpect(jsonPath("$.errors.fte").value("FTE must be from 0.1 to 1.0"));
    }

    @Test
    void aValueOfTheWrongTypeIs400NamingTheField() throws Exception {
        mvc.perform(postJson("/api/chairs", """
                {"name":"Typo","team":"T","fte":"half","workingDays":["MONDAY"]}
                """, manager))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.field").value("fte"));
    }

    @Test
    void aChairMayReadButNotAddChairs() throws Exception {
        Credentials chair = users.withRoles(Roles.CHAIR);

        mvc.perform(postJson("/api/chairs", aChair("Not Allowed"), chair))
            .andExpect(status().isForbidden())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/chairs").with(httpBasic(chair.username(), chair.password())))
            .andExpect(status().isOk());
    }

    @Test
    void withoutCredentialsTheApiAnswers401() throws Exception {
        mvc.perform(get("/api/chairs")).andExpect(status().isUnauthorized());
        // with a CSRF token, so the request is refused for want of credentials rather than as a forgery
        mvc.perform(post("/api/chairs").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(aChair("Anonymous")))
            .andExpect(status().isUnauthorized());
    }

    @Test
    void aPerformanceViewerCannotReadChairs() throws Exception {
        Credentials viewer = users.withRoles(Roles.PERFORMANCE_VIEWER);
        mvc.perform(get("/api/chairs").with(httpBasic(viewer.username(), viewer.password())))
            .andExpect(status().isForbidden());
    }

    @Test
    void recordsAConflictAndShowsItOnTheChair() throws Exception {
        String location = mvc.perform(postJson("/api/chairs", aChair("Conflicted Chair"), manager))
            .andReturn().getResponse().getHeader("Location");

        mvc.perform(postJson(location + "/conflicts", """
                {"personName":"Sam Smith","role":"Social worker","team":"Assessment East","reason":"LINE_MANAGEMENT"}
                """, manager))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.conflicts[0].personName").value("Sam Smith"))
            .andExpect(jsonPath("$.conflicts[0].reason").value("LINE_MANAGEMENT"));

        mvc.perform(get(location).with(httpBasic(manager.username(), manager.password())))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.conflicts.length()").value(1));
    }

    @Test
    void aConflictWithAnUnknownReasonIs400NamingTheField() throws Exception {
        String location = mvc.perform(postJson("/api/chairs", aChair("Reasonless Chair"), manager))
            .andReturn().getResponse().getHeader("Location");

        mvc.perform(postJson(location + "/conflicts", """
                {"personName":"Sam Smith","reason":"FRIENDSHIP"}
                """, manager))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("reason"));
    }

    @Test
    void anUnknownChairIs404() throws Exception {
        mvc.perform(get("/api/chairs/" + Long.MAX_VALUE).with(httpBasic(manager.username(), manager.password())))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void listsVenuesWithTheirRooms() throws Exception {
        Credentials support = users.withRoles(Roles.BUSINESS_SUPPORT);
        mvc.perform(get("/api/venues").with(httpBasic(support.username(), support.password())))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$").isArray());
    }
}
