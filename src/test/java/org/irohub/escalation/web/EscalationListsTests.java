package org.irohub.escalation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.irohub.children.ChildFixture;
import org.irohub.children.internal.ChildRecords;
import org.irohub.identity.Roles;
import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Editing the agencies and themes: add, rename, deactivate, reactivate, a stale change refused. */
@IroHubTest
@AutoConfigureMockMvc
class EscalationListsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ChildRecords childRecords;

    @Autowired
    JdbcClient jdbc;

    private ResultActions json(MockHttpServletRequestBuilder request, String role, String body) throws Exception {
        return mvc.perform(request.with(user("editor").roles(role)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String unique(String label) {
        return label + " " + ChildFixture.uniqueSurname().substring(3);
    }

    private String codeOf(String response) {
        return JsonPath.read(response, "$.code");
    }

    @Test
    void anAddedAgencyCanBeChosenThenRenamedAndDeactivatedWhileOldEscalationsKeepIt() throws Exception {
        String label = unique("Counted 4 drug and alcohol service");
        String added = json(post("/api/escalations/lists/agencies"), Roles.ADMIN, "{\"label\":\"" + label + "\"}")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.active").value(true))
            .andExpect(jsonPath("$.version").value(0))
            .andReturn().getResponse().getContentAsString();
        String code = codeOf(added);
        assertThat(code).startsWith("COUNTED_4_DRUG_AND_ALCOHOL_SERVICE_");
        mvc.perform(get("/api/escalations/agencies").with(user("chair").roles(Roles.CHAIR)))
            .andExpect(jsonPath("$[*].code", hasItem(code)));
        long child = childRecords.create(ChildFixture.aChild().input()).id();
        String raised = json(post("/api/escalations"), Roles.CHAIR, """
                {"childId":%d,"kind":"DRP","raisedOn":"2005-06-01","agency":"%s","theme":"REPORTS","description":"x"}"""
            .formatted(child, code)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long escalation = ((Number) JsonPath.read(raised, "$.id")).longValue();

        String renamed = label + " (renamed)";
        json(put("/api/escalations/lists/agencies/" + code), Roles.IRO_MANAGER,
                "{\"label\":\"" + renamed + "\",\"active\":false,\"version\":0}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.label").value(renamed))
            .andExpect(jsonPath("$.active").value(false))
            .andExpect(jsonPath("$.version").value(1));

        mvc.perform(get("/api/escalations/agencies").with(user("chair").roles(Roles.CHAIR)))
            .andExpect(jsonPath("$[*].code", not(hasItem(code))));
        json(post("/api/escalations"), Roles.CHAIR, """
                {"childId":%d,"kind":"DRP","raisedOn":"2005-06-02","agency":"%s","theme":"REPORTS","description":"x"}"""
            .formatted(child, code)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("agency"));
        mvc.perform(get("/escalations/" + escalation).with(user("manager").roles(Roles.IRO_MANAGER)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(renamed)));
        mvc.perform(get("/escalations/report?fy=2005").with(user("manager").roles(Roles.IRO_MANAGER)))
            .andExpect(content().string(containsString(renamed + " (deactivated)")));
        mvc.perform(get("/api/escalations/lists/agencies").with(user("editor").roles(Roles.ADMIN)))
            .andExpect(jsonPath("$[?(@.code == '" + code + "')].active").value(false));

        json(put("/api/escalations/lists/agencies/" + code), Roles.ADMIN,
                "{\"label\":\"" + renamed + "\",\"active\":true,\"version\":1}")
            .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(true));
        assertThat(audited(code)).isEqualTo(3);
    }

    @Test
    void aChangeMadeFromAnOlderVersionIsRefusedWith409AndChangesNothing() throws Exception {
        String label = unique("Theme");
        String code = codeOf(json(post("/api/escalations/lists/themes"), Roles.ADMIN, "{\"label\":\"" + label + "\"}")
            .andReturn().getResponse().getContentAsString());
        json(put("/api/escalations/lists/themes/" + code), Roles.ADMIN,
                "{\"label\":\"" + label + " first\",\"active\":true,\"version\":0}").andExpect(status().isOk());
        json(put("/api/escalations/lists/themes/" + code), Roles.IRO_MANAGER,
                "{\"label\":\"" + label + " second\",\"active\":false,\"version\":0}")
            .andExpect(status().isConflict())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.field").value("version"));
        mvc.perform(get("/api/escalations/lists/themes").with(user("editor").roles(Roles.ADMIN)))
            .andExpect(jsonPath("$[?(@.code == '" + code + "')].label").value(label + " first"))
            .andExpect(jsonPath("$[?(@.code == '" + code + "')].active").value(true));
        assertThat(audited(code)).isEqualTo(2);
    }

    @Test
    void refusesADuplicateOrBlankNameAndAnUnknownList() throws Exception {
        json(post("/api/escalations/lists/agencies"), Roles.ADMIN, "{\"label\":\"health\"}")
            .andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("label"));
        json(post("/api/escalations/lists/agencies"), Roles.ADMIN, "{\"label\":\"  \"}")
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("label"));
        json(post("/api/escalations/lists/agencies"), Roles.ADMIN, "{\"label\":\"Somewhere\",\"code\":\"HEALTH\"}")
            .andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("code"));
        json(put("/api/escalations/lists/agencies/NOPE"), Roles.ADMIN, "{\"label\":\"x\",\"version\":0}")
            .andExpect(status().isNotFound());
        mvc.perform(get("/api/escalations/lists/colours").with(user("editor").roles(Roles.ADMIN)))
            .andExpect(status().isNotFound());
    }

    @Test
    void onlyAdministratorsAndManagersEditTheLists() throws Exception {
        for (String role : new String[] { Roles.CHAIR, Roles.PERFORMANCE_VIEWER, Roles.BUSINESS_SUPPORT }) {
            json(post("/api/escalations/lists/themes"), role, "{\"label\":\"Sneaky\"}").andExpect(status().isForbidden());
            mvc.perform(get("/escalations/lists/themes").with(user("x").roles(role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/escalations/lists/themes").with(user("x").roles(Roles.ADMIN)))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Drift and delay in the plan")));
    }

    @Test
    void thePagesAddAndChangeAnEntryAndShowAStaleChangeInTheErrorSummary() throws Exception {
        mvc.perform(post("/escalations/lists/agencies").param("label", "").with(user("m").roles(Roles.IRO_MANAGER))
            .with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("govuk-error-summary")))
            .andExpect(content().string(containsString("Enter the name")));
        String label = unique("Young people's housing provider");
        mvc.perform(post("/escalations/lists/agencies").param("label", label).with(user("m").roles(Roles.IRO_MANAGER))
            .with(csrf()))
            .andExpect(redirectedUrl("/escalations/lists/agencies"));
        String code = jdbc.sql("SELECT code FROM escalation_agency WHERE label = :l").param("l", label)
            .query(String.class).single();
        mvc.perform(get("/escalations/lists/agencies/" + code).with(user("m").roles(Roles.IRO_MANAGER)))
            .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(post("/escalations/lists/agencies/" + code).param("label", label + " A").param("active", "false")
            .param("version", "0").with(user("m").roles(Roles.IRO_MANAGER)).with(csrf()))
            .andExpect(redirectedUrl("/escalations/lists/agencies"));
        mvc.perform(post("/escalations/lists/agencies/" + code).param("label", label + " B").param("active", "true")
            .param("version", "0").with(user("m").roles(Roles.IRO_MANAGER)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Someone else changed this agency meanwhile")))
            .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(jdbc.sql("SELECT label FROM escalation_agency WHERE code = :c").param("c", code)
            .query(String.class).single()).isEqualTo(label + " A");
        mvc.perform(get("/escalations/lists/agencies/NOPE").with(user("m").roles(Roles.IRO_MANAGER)))
            .andExpect(status().isNotFound());
    }

    private int audited(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE record_id = :c AND action LIKE 'ESCALATION_LIST_%'")
            .param("c", code).query(Integer.class).single();
    }
}
