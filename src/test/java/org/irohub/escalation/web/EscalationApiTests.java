package org.irohub.escalation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.irohub.children.ChildFixture;
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
import org.springframework.test.web.servlet.ResultActions;

/** The escalation API contract: raise, escalate, resolve, and the refusals that write nothing. */
@IroHubTest
@AutoConfigureMockMvc
class EscalationApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ChildRecords childRecords;

    @Autowired
    JdbcClient jdbc;

    TestUsers.Credentials chair;
    long child;

    @BeforeEach
    void aChairAndAChild() {
        chair = users.withRoles(Roles.CHAIR);
        child = childRecords.create(ChildFixture.aChild().input()).id();
    }

    private ResultActions postJson(TestUsers.Credentials who, String url, String json) throws Exception {
        return mvc.perform(post(url).with(httpBasic(who.username(), who.password())).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long raise(String on) throws Exception {
        String body = postJson(chair, "/api/escalations", """
                {"childId":%d,"kind":"QPR","raisedOn":"%s","agency":"HEALTH","theme":"REPORTS",
                 "description":"No health report for the review"}""".formatted(child, on))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private int auditRows(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE record_type = 'Escalation' AND record_id = :id")
            .param("id", String.valueOf(id)).query(Integer.class).single();
    }

    @Test
    void raisesEscalatesAndResolvesAQpr() throws Exception {
        postJson(chair, "/api/escalations", """
                {"childId":%d,"kind":"QPR","raisedOn":"2019-12-18","agency":"CHILDRENS_SOCIAL_CARE",
                 "theme":"DRIFT_AND_DELAY","description":"Plan drifting"}""".formatted(child))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("OPEN"))
            .andExpect(jsonPath("$.highestStage").value("INFORMAL"))
            .andExpect(jsonPath("$.raisedBy").value(chair.username()))
            .andExpect(jsonPath("$.stages[0].dueDate").value("2019-12-27"));
        long id = raise("2019-12-19");
        postJson(chair, "/api/escalations/" + id + "/escalate", """
                {"toStage":"STAGE_1","on":"2019-12-20","with":{"name":"Pat Lee","role":"Team manager","agency":"HEALTH"}}""")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.highestStage").value("STAGE_1"))
            .andExpect(jsonPath("$.formalLimit").value("2020-01-22"))
            .andExpect(jsonPath("$.stages[1].with.name").value("Pat Lee"))
            .andExpect(jsonPath("$.stages[1].dueDate").value("2019-12-31"));
        postJson(chair, "/api/escalations/" + id + "/escalate", """
                {"toStage":"STAGE_3","on":"2020-01-06","reason":"No reply at stage 1"}""")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.stages[2].skipReason").value("No reply at stage 1"));
        postJson(chair, "/api/escalations/" + id + "/resolve", """
                {"on":"2020-01-10","resolution":"Report provided"}""")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("RESOLVED"))
            .andExpect(jsonPath("$.highestStage").value("STAGE_3"));
        assertThat(auditRows(id)).isEqualTo(4);
    }

    @Test
    void refusesGoingDownAStageWith409AndWritesNothing() throws Exception {
        long id = raise("2019-11-04");
        postJson(chair, "/api/escalations/" + id + "/escalate", "{\"toStage\":\"STAGE_1\",\"on\":\"2019-11-05\"}")
            .andExpect(status().isOk());
        int audited = auditRows(id);
        postJson(chair, "/api/escalations/" + id + "/escalate", "{\"toStage\":\"INFORMAL\",\"on\":\"2019-11-06\"}")
            .andExpect(status().isConflict())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.field").value("toStage"));
        assertThat(auditRows(id)).isEqualTo(audited);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM escalation_stage WHERE escalation_id = :id").param("id", id)
            .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void refusesActingOnAResolvedEscalationWith409() throws Exception {
        long id = raise("2019-11-04");
        postJson(chair, "/api/escalations/" + id + "/resolve", "{\"on\":\"2019-11-05\",\"resolution\":\"Sorted\"}")
            .andExpect(status().isOk());
        postJson(chair, "/api/escalations/" + id + "/escalate", "{\"toStage\":\"STAGE_1\",\"on\":\"2019-11-06\"}")
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.field").value("status"));
        postJson(chair, "/api/escalations/" + id + "/resolve", "{\"on\":\"2019-11-06\",\"resolution\":\"Again\"}")
            .andExpect(status().isConflict());
    }

    @Test
    void refusesADateBeforeTheLastActionWith400() throws Exception {
        long id = raise("2019-11-04");
        postJson(chair, "/api/escalations/" + id + "/escalate", "{\"toStage\":\"STAGE_1\",\"on\":\"2019-11-01\"}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("on"));
        postJson(chair, "/api/escalations/" + id + "/escalate", "{\"toStage\":\"STAGE_2\",\"on\":\"2019-11-05\"}")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.field").value("reason"));
        mvc.perform(get("/api/escalations/" + id).with(httpBasic(chair.username(), chair.password())))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.highestStage").value("INFORMAL"))
            .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void refusesAnUnknownAgencyOrTheme() throws Exception {
        postJson(chair, "/api/escalations", """
                {"childId":%d,"kind":"QPR","raisedOn":"2019-11-04","agency":"NASA","theme":"REPORTS","description":"x"}"""
            .formatted(child))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("agency"));
        postJson(chair, "/api/escalations", """
                {"childId":%d,"kind":"QPR","raisedOn":"2019-11-04","agency":"HEALTH","theme":"WEATHER","description":"x"}"""
            .formatted(child))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("theme"));
    }

    @Test
    void performanceViewersSeeFiguresButNoCase() throws Exception {
        var viewer = users.withRoles(Roles.PERFORMANCE_VIEWER);
        long id = raise("2019-11-04");
        mvc.perform(get("/api/escalations/" + id).with(httpBasic(viewer.username(), viewer.password())))
            .andExpect(status().isForbidden());
        postJson(viewer, "/api/escalations", "{}").andExpect(status().isForbidden());
        mvc.perform(get("/api/escalations/summary?from=2019-04-01&to=2020-03-31")
            .with(httpBasic(viewer.username(), viewer.password())))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.byQuarter.length()").value(4));
        mvc.perform(get("/api/escalations/summary?from=2019-04-01&to=2020-03-31")
            .with(httpBasic(chair.username(), chair.password())))
            .andExpect(status().isForbidden());
    }
}
