package org.irohub.escalation.web;

import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.test.web.servlet.MockMvc;

/**
 * The report page on financial year 2003/04, which no other test uses: three escalations, one per quarter.
 * Managers see the figures by chair; performance viewers see aggregates only.
 */
@IroHubTest
@AutoConfigureMockMvc
class EscalationReportPagesTests {

    static final String PERIOD = "fy=2003";
    static boolean created;
    static String chairName;
    static String childName;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ChildRecords childRecords;

    private String send(String chair, String url, String json) throws Exception {
        return mvc.perform(post(url).with(user(chair).roles(Roles.CHAIR)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(json))
            .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
    }

    /** Q1 informal resolved, Q2 stage 1 resolved late, Q3 stage 2 still open: by one chair. */
    @BeforeEach
    void threeEscalationsIn2003() throws Exception {
        if (created) {
            return;
        }
        var chair = users.withRoles(Roles.CHAIR);
        chairName = chair.username();
        ChildRecordView child = childRecords.create(ChildFixture.aChild().named("Nora", ChildFixture.uniqueSurname()).input());
        childName = child.summary().lastName();
        String[][] raised = { { "2003-05-06", "HEALTH", "DRIFT_AND_DELAY" },
                { "2003-08-05", "CHILDRENS_SOCIAL_CARE", "DRIFT_AND_DELAY" },
                { "2003-11-04", "CHILDRENS_SOCIAL_CARE", "NON_ATTENDANCE" } };
        long[] ids = new long[3];
        for (int i = 0; i < 3; i++) {
            ids[i] = ((Number) JsonPath.read(send(chairName, "/api/escalations", """
                    {"childId":%d,"kind":"QPR","raisedOn":"%s","agency":"%s","theme":"%s","description":"2003"}"""
                .formatted(child.id(), raised[i][0], raised[i][1], raised[i][2])), "$.id")).longValue();
        }
        send(chairName, "/api/escalations/" + ids[0] + "/resolve", "{\"on\":\"2003-05-07\",\"resolution\":\"Done\"}");
        LocalDate q2 = LocalDate.of(2003, 8, 5);
        send(chairName, "/api/escalations/" + ids[1] + "/escalate", "{\"toStage\":\"STAGE_1\",\"on\":\"" + q2 + "\"}");
        send(chairName, "/api/escalations/" + ids[1] + "/resolve",
                "{\"on\":\"" + q2.plusMonths(2) + "\",\"resolution\":\"Late\"}");
        send(chairName, "/api/escalations/" + ids[2] + "/escalate", "{\"toStage\":\"STAGE_1\",\"on\":\"2003-11-05\"}");
        send(chairName, "/api/escalations/" + ids[2] + "/escalate", "{\"toStage\":\"STAGE_2\",\"on\":\"2003-11-06\"}");
        created = true;
    }

    @Test
    void aManagerSeesTable8_3TheThemeChartAndTheFiguresByChair() throws Exception {
        mvc.perform(get("/escalations/report?" + PERIOD).with(user("manager").roles(Roles.IRO_MANAGER)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<title>Escalation reports – IRO Hub</title>")))
            .andExpect(content().string(containsString("Raised 1 April 2003 to 31 March 2004")))
            .andExpect(content().string(containsString("<td class=\"govuk-table__cell govuk-table__cell--numeric govuk-!-font-weight-bold\" id=\"grand-total\">3</td>")))
            .andExpect(content().string(containsString("33.33%")))
            .andExpect(content().string(containsString("50.00% (1 of 2 resolved)")))
            .andExpect(content().string(containsString("<svg")))
            .andExpect(content().string(containsString("role=\"img\"")))
            .andExpect(content().string(containsString("Drift and delay in the plan: 2; Quality or absence of reports: 0;")))
            .andExpect(content().string(containsString("id=\"chair-table\"")))
            .andExpect(content().string(containsString("Test CHAIR")))
            .andExpect(content().string(not(containsString(childName))));
    }

    @Test
    void aPerformanceViewerSeesAggregatesButNotTheChairsOrAnyChild() throws Exception {
        mvc.perform(get("/escalations/report?" + PERIOD).with(user("viewer").roles(Roles.PERFORMANCE_VIEWER)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"table-8-3\"")))
            .andExpect(content().string(containsString("id=\"theme-chart\"")))
            .andExpect(content().string(not(containsString("chair-table"))))
            .andExpect(content().string(not(containsString("by chair or IRO"))))
            .andExpect(content().string(not(containsString(childName))));
        mvc.perform(get("/api/escalations/summary?from=2003-04-01&to=2004-03-31")
            .with(user("viewer").roles(Roles.PERFORMANCE_VIEWER)))
            .andExpect(jsonPath("$.byChair", anEmptyMap()))
            .andExpect(jsonPath("$.totals.total").value(3))
            .andExpect(jsonPath("$.resolved").value(2))
            .andExpect(jsonPath("$.resolvedWithinTimescaleCount").value(1));
        mvc.perform(get("/api/escalations/summary?from=2003-04-01&to=2004-03-31")
            .with(user("manager").roles(Roles.IRO_MANAGER)))
            .andExpect(jsonPath("$.byChair." + chairName).value(3));
    }

    @Test
    void theDefaultPeriodIsTheCurrentFinancialYear() throws Exception {
        LocalDate today = LocalDate.now();
        int start = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        mvc.perform(get("/escalations/report").with(user("manager").roles(Roles.IRO_MANAGER)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Raised 1 April " + start + " to 31 March " + (start + 1))));
    }

    @Test
    void anUnreadableOrTooLongPeriodIsShownInTheErrorSummary() throws Exception {
        mvc.perform(get("/escalations/report?fromDay=1&fromMonth=4&fromYear=2003&toDay=1&toMonth=4&toYear=2005")
            .with(user("manager").roles(Roles.IRO_MANAGER)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<title>Error: Escalation reports")))
            .andExpect(content().string(containsString("The end date must be less than a year after the start date")))
            .andExpect(content().string(not(containsString("id=\"table-8-3\""))));
        mvc.perform(get("/escalations/report?fromDay=31&fromMonth=2&fromYear=2003&toDay=&toMonth=&toYear=")
            .with(user("manager").roles(Roles.IRO_MANAGER)))
            .andExpect(content().string(containsString("The start date must be a real date")))
            .andExpect(content().string(containsString("Enter the end date")));
    }

    @Test
    void chairsDoNotSeeTheReport() throws Exception {
        mvc.perform(get("/escalations/report").with(user("chair").roles(Roles.CHAIR))).andExpect(status().isForbidden());
    }
}
