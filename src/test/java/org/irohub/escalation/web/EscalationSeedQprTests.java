package org.irohub.escalation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.irohub.children.ChildFixture;
import org.irohub.children.ChildId;
import org.irohub.children.internal.ChildRecordView;
import org.irohub.children.internal.ChildRecords;
import org.irohub.children.internal.SiblingGroupService;
import org.irohub.identity.Roles;
import org.irohub.support.IroHubTest;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The seed's 98 QPRs of 2016/17 (section 8.2, table 8.3) raised, escalated and resolved through the API, and
 * the summary reproducing the table to the digit. Percentages are JSON numbers with two decimals. Fourteen are
 * raised for a sibling group of three ({@code "siblingGroup": true}) and still count once each.
 */
@IroHubTest
@AutoConfigureMockMvc
class EscalationSeedQprTests {

    /** Table 8.3: per quarter, how many reached Informal, Stage 1 and Stage 2 at the highest. */
    static final int[][] TABLE_8_3 = { { 0, 34, 1 }, { 3, 15, 2 }, { 3, 17, 1 }, { 10, 12, 0 } };
    static final LocalDate[] QUARTER_STARTS = { LocalDate.of(2016, 4, 4), LocalDate.of(2016, 7, 4),
            LocalDate.of(2016, 10, 3), LocalDate.of(2017, 1, 9) };
    /** 8.2: 10 raised with health, housing, police and two voluntary providers; the other 88 with social care. */
    static final List<String> OTHER_AGENCIES = List.of("HEALTH", "HEALTH", "HEALTH", "HOUSING", "HOUSING", "POLICE",
            "POLICE", "VOLUNTARY_PROVIDER", "VOLUNTARY_PROVIDER", "VOLUNTARY_PROVIDER");
    static final List<String> THEMES = List.of("DRIFT_AND_DELAY", "REPORTS", "NON_ATTENDANCE", "PLAN_NOT_PROGRESSED",
            "PRACTICE_STANDARDS");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ChildRecords childRecords;

    @Autowired
    SiblingGroupService siblingGroups;

    private ResultActions postAs(String chair, String url, String json) throws Exception {
        return mvc.perform(post(url).with(user(chair).roles(Roles.CHAIR)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void theSummaryReproducesTable8_3() throws Exception {
        String[] chairs = { users.withRoles(Roles.CHAIR).username(), users.withRoles(Roles.CHAIR).username() };
        long[] children = new long[7];
        for (int i = 0; i < children.length; i++) {
            ChildRecordView child = childRecords.create(ChildFixture.aChild().input());
            children[i] = child.id();
            if (i == 1 || i == 2) {
                siblingGroups.addSibling(new ChildId(children[0]), child.summary().laChildId(), chairs[0]);
            }
        }
        int forGroups = 0;
        int n = 0;
        for (int q = 0; q < 4; q++) {
            for (int stage = 0; stage < 3; stage++) {
                for (int k = 0; k < TABLE_8_3[q][stage]; k++, n++) {
                    LocalDate raised = QUARTER_STARTS[q].plusDays(n % 50);
                    String chair = chairs[n % 2];
                    String agency = n < OTHER_AGENCIES.size() ? OTHER_AGENCIES.get(n) : "CHILDRENS_SOCIAL_CARE";
                    boolean wholeGroup = n % children.length == 0;
                    String body = postAs(chair, "/api/escalations", """
                            {"childId":%d,"kind":"QPR","raisedOn":"%s","agency":"%s","theme":"%s",
                             "description":"Seed QPR %d"%s}"""
                        .formatted(children[n % children.length], raised, agency, THEMES.get(n % 5), n,
                                wholeGroup ? ",\"siblingGroup\":true" : ""))
                        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
                    forGroups += JsonPath.<List<?>>read(body, "$.childIds").size() == 3 ? 1 : 0;
                    long id = ((Number) JsonPath.read(body, "$.id")).longValue();
                    if (stage >= 1) {
                        postAs(chair, "/api/escalations/" + id + "/escalate",
                                "{\"toStage\":\"STAGE_1\",\"on\":\"" + raised.plusDays(1) + "\"}")
                            .andExpect(status().isOk());
                    }
                    if (stage == 2) {
                        postAs(chair, "/api/escalations/" + id + "/escalate",
                                "{\"toStage\":\"STAGE_2\",\"on\":\"" + raised.plusDays(3) + "\"}")
                            .andExpect(status().isOk());
                    }
                    postAs(chair, "/api/escalations/" + id + "/resolve",
                            "{\"on\":\"" + raised.plusDays(5) + "\",\"resolution\":\"Agreed\"}")
                        .andExpect(status().isOk());
                }
            }
        }
        assertThat(forGroups).as("raised for the sibling group of three").isEqualTo(14);
        mvc.perform(get("/api/escalations/summary?from=2016-04-01&to=2017-03-31")
            .with(user("manager").roles(Roles.IRO_MANAGER)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.byQuarter[*].total").value(org.hamcrest.Matchers.contains(35, 20, 21, 22)))
            .andExpect(jsonPath("$.byQuarter[0].quarter").value(1))
            .andExpect(jsonPath("$.byQuarter[0].counts.INFORMAL").value(0))
            .andExpect(jsonPath("$.byQuarter[0].counts.STAGE_1").value(34))
            .andExpect(jsonPath("$.byQuarter[0].counts.STAGE_2").value(1))
            .andExpect(jsonPath("$.byQuarter[0].counts.STAGE_5").value(0))
            .andExpect(jsonPath("$.byQuarter[0].percentages.STAGE_1").value(97.14))
            .andExpect(jsonPath("$.byQuarter[0].percentages.STAGE_2").value(2.86))
            .andExpect(jsonPath("$.byQuarter[1].percentages.INFORMAL").value(15.00))
            .andExpect(jsonPath("$.byQuarter[1].percentages.STAGE_2").value(10.00))
            .andExpect(jsonPath("$.byQuarter[2].percentages.INFORMAL").value(14.29))
            .andExpect(jsonPath("$.byQuarter[2].percentages.STAGE_1").value(80.95))
            .andExpect(jsonPath("$.byQuarter[2].percentages.STAGE_2").value(4.76))
            .andExpect(jsonPath("$.byQuarter[3].counts.INFORMAL").value(10))
            .andExpect(jsonPath("$.byQuarter[3].percentages.INFORMAL").value(45.45))
            .andExpect(jsonPath("$.byQuarter[3].percentages.STAGE_1").value(54.55))
            .andExpect(jsonPath("$.totals.total").value(98))
            .andExpect(jsonPath("$.totals.counts.INFORMAL").value(16))
            .andExpect(jsonPath("$.totals.counts.STAGE_1").value(78))
            .andExpect(jsonPath("$.totals.counts.STAGE_2").value(4))
            .andExpect(jsonPath("$.totals.counts.STAGE_3").value(0))
            .andExpect(jsonPath("$.totals.percentages.INFORMAL").value(16.33))
            .andExpect(jsonPath("$.totals.percentages.STAGE_1").value(79.59))
            .andExpect(jsonPath("$.totals.percentages.STAGE_2").value(4.08))
            .andExpect(jsonPath("$.byAgency.CHILDRENS_SOCIAL_CARE").value(88))
            .andExpect(jsonPath("$.byAgency.HEALTH").value(3))
            .andExpect(jsonPath("$.byTheme.DRIFT_AND_DELAY").value(20))
            .andExpect(jsonPath("$.resolvedAtInformalOrStage1").value(95.92))
            .andExpect(jsonPath("$.resolvedWithinTimescale").value(100.00));
    }
}
