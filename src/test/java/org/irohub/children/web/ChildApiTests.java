package org.irohub.children.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.irohub.children.ChildFixture.aChild;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.irohub.children.ChildFixture;
import org.irohub.children.internal.ChildRecordView;
import org.irohub.children.internal.ChildRecords;
import org.irohub.identity.Roles;
import org.irohub.support.IroHubTest;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IroHubTest
@AutoConfigureMockMvc
class ChildApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ChildRecords records;

    @Autowired
    JdbcClient jdbc;

    TestUsers.Credentials chair;

    @BeforeEach
    void aChair() {
        chair = users.withRoles(Roles.CHAIR);
    }

    private static String body(String laChildId, String nhsNumber) {
        return """
                {"laChildId":"%s","firstName":"Ann","lastName":"Api","dateOfBirth":"2019-03-31","sex":"F",
                 "ethnicity":"WBRI","nhsNumber":"%s"}""".formatted(laChildId, nhsNumber);
    }

    @Test
    void createsAChildAnswering201WithTheLocationAndId() throws Exception {
        String laChildId = aChild().laChildId();
        mvc.perform(post("/api/children").with(httpBasic(chair.username(), chair.password()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(laChildId, "943 476 5919")))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", containsString("/api/children/")))
            .andExpect(jsonPath("$.id").isNumber())
            .andExpect(jsonPath("$.laChildId").value(laChildId))
            .andExpect(jsonPath("$.dateOfBirth").value("2019-03-31"))
            .andExpect(jsonPath("$.sex").value("FEMALE"))
            .andExpect(jsonPath("$.nhsNumber").value("9434765919"));
    }

    @Test
    void createsAnUnbornChildWithAnExpectedDateOfBirth() throws Exception {
        mvc.perform(post("/api/children").with(httpBasic(chair.username(), chair.password()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"laChildId":"%s","firstName":"Baby","lastName":"Api","expectedDateOfBirth":"%s","sex":"UNKNOWN"}"""
                    .formatted(aChild().laChildId(), java.time.LocalDate.now().plusMonths(2))))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.dateOfBirth").doesNotExist())
            .andExpect(jsonPath("$.expectedDateOfBirth").isString());
    }

    @Test
    void aBadNhsNumberAnswers400NamingTheFieldAndWritesNothing() throws Exception {
        String laChildId = aChild().laChildId();
        mvc.perform(post("/api/children").with(httpBasic(chair.username(), chair.password()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(laChildId, "943 476 5918")))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.field").value("nhsNumber"))
            .andExpect(jsonPath("$.errors[0].field").value("nhsNumber"))
            .andExpect(jsonPath("$.errors[0].message").value("NHS number is not valid: check the digits"));
        org.assertj.core.api.Assertions.assertThat(
                jdbc.sql("SELECT COUNT(*) FROM child WHERE la_child_id = :id").param("id", laChildId).query(Long.class).single())
            .isZero();
    }

    @Test
    void aDuplicateLaChildIdAnswers409() throws Exception {
        ChildFixture existing = aChild();
        records.create(existing.input());
        mvc.perform(post("/api/children").with(httpBasic(chair.username(), chair.password()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(existing.laChildId(), "943 476 5919")))
            .andExpect(status().isConflict())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.field").value("laChildId"));
    }

    @Test
    void withoutCredentialsAnswers401() throws Exception {
        mvc.perform(post("/api/children").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body("X1", "")))
            .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/children/1")).andExpect(status().isUnauthorized());
    }

    @Test
    void aPerformanceViewerOrAuditorIsForbidden() throws Exception {
        var viewer = users.withRoles(Roles.PERFORMANCE_VIEWER);
        ChildRecordView child = records.create(aChild().input());
        mvc.perform(post("/api/children").with(httpBasic(viewer.username(), viewer.password()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(aChild().laChildId(), "943 476 5919")))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/children/" + child.id()).with(user("aud").roles(Roles.AUDITOR)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/children").param("name", "x").with(user("pv").roles(Roles.PERFORMANCE_VIEWER)))
            .andExpect(status().isForbidden());
    }

    @Test
    void readsAChildAndFindsByNameAndDateOfBirth() throws Exception {
        ChildFixture fixture = aChild();
        ChildRecordView child = records.create(fixture.input());
        mvc.perform(get("/api/children/" + child.id()).with(user(chair.username()).roles(Roles.CHAIR)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.id").value(child.id()))
            .andExpect(jsonPath("$.lastName").value(fixture.lastName()));
        mvc.perform(get("/api/children").param("name", fixture.lastName()).param("dateOfBirth", "2019-03-31")
                .with(user(chair.username()).roles(Roles.CHAIR)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.results[*].id", hasItem((int) child.id())))
            .andExpect(jsonPath("$.limit").value(50))
            .andExpect(jsonPath("$.more").value(false));
    }

    @Test
    void aRestrictedChildAnswers404ToSomeoneNotNamed() throws Exception {
        ChildRecordView child = records.create(aChild().input());
        records.changeAccess(child.summary().id(), child.version(), true, Set.of(chair.username()), chair.username(), false);

        mvc.perform(get("/api/children/" + child.id()).with(user("other-chair").roles(Roles.CHAIR)))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/children/" + child.id()).with(user("someone").roles(Roles.ADMIN)))
            .andExpect(status().isNotFound());
        mvc.perform(get("/api/children/" + child.id()).with(user(chair.username()).roles(Roles.CHAIR)))
            .andExpect(status().isOk());
    }

    @Test
    void aSearchWithABadDateNamesTheParameter() throws Exception {
        mvc.perform(get("/api/children").param("dateOfBirth", "31/03/2019").with(user("c").roles(Roles.CHAIR)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.parameter").value("dateOfBirth"));
        mvc.perform(get("/api/children").with(user("c").roles(Roles.CHAIR)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("name"));
    }
}
