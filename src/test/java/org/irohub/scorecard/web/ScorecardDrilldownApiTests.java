package org.irohub.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import javax.sql.DataSource;
import org.irohub.children.ChildFixture;
import org.irohub.children.internal.ChildRecords;
import org.irohub.identity.Roles;
import org.irohub.scorecard.ScorecardTestCases;
import org.irohub.support.IroHubTest;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The drill-down: the same rows as the count, restricted children hidden, one audit entry per child listed. */
@IroHubTest
@AutoConfigureMockMvc
class ScorecardDrilldownApiTests {

    private static final String YEAR = "&from=1999-04-01&to=2000-03-31";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChildRecords childRecords;

    @Autowired
    DataSource dataSource;

    TestUsers.Credentials manager;

    @BeforeEach
    void aManagerAndTheHandWorkedYear() {
        manager = users.withRoles(Roles.IRO_MANAGER);
        ScorecardTestCases.year1999(dataSource, jdbc, childRecords);
    }

    private ResultActions drill(TestUsers.Credentials who, String query) throws Exception {
        return mvc.perform(get("/api/scorecard/drilldown?" + query).with(httpBasic(who.username(), who.password())));
    }

    @Test
    void theChildrenOnAPlanAtTheEndAreTheFourteenCountedWithTheirLaIdsAndPlanDates() throws Exception {
        String body = drill(manager, "indicator=childrenOnPlanAtEnd" + YEAR)
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.count").value(14))
            .andExpect(jsonPath("$.hiddenRows").value(0))
            .andExpect(jsonPath("$.rows.length()").value(14))
            .andExpect(jsonPath("$.rows[0].startDate").value("1998-01-10"))
            .andExpect(jsonPath("$.rows[0].endDate").isEmpty())
            .andExpect(jsonPath("$.rows[0].laChildId").isNotEmpty())
            .andReturn().getResponse().getContentAsString();

        List<Integer> children = JsonPath.read(body, "$.rows[*].childId");
        assertThat(auditedChildren(manager)).containsExactlyInAnyOrderElementsOf(
                children.stream().map(String::valueOf).toList());
    }

    @Test
    void icpcsInTimeListEachChildOfEachConferenceWithTheFifteenthWorkingDay() throws Exception {
        drill(manager, "indicator=icpcWithin15WorkingDays" + YEAR)
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.count").value(3))
            .andExpect(jsonPath("$.rows.length()").value(4))
            .andExpect(jsonPath("$.rows[0].heldOn").value("1999-06-22"))
            .andExpect(jsonPath("$.rows[0].dueOn").value("1999-06-22"))
            .andExpect(jsonPath("$.rows[0].startDate").value("1999-06-01"));
    }

    @Test
    void reviewsInTimescaleLeaveOutTheSiblingConferenceLateForOneOfThem() throws Exception {
        drill(manager, "indicator=reviewsInTimescale" + YEAR)
            .andExpect(jsonPath("$.count").value(12))
            .andExpect(jsonPath("$.rows.length()").value(12));
        drill(manager, "indicator=reviewsHeld" + YEAR)
            .andExpect(jsonPath("$.count").value(15))
            .andExpect(jsonPath("$.rows.length()").value(16));
    }

    @Test
    void everyCountDrillsDownToAListOfTheSameSize() throws Exception {
        for (String[] expected : new String[][] { { "plansStarted", "10" }, { "plansStartedSecondOrSubsequent", "2" },
                { "plansEnded", "4" }, { "plansEndedLasting2YearsOrMore", "2" }, { "plansOver12MonthsAtEnd", "5" },
                { "plansOver2YearsAtEnd", "2" }, { "icpcHeld", "4" }, { "childrenOnPlan3MonthsAtEnd", "13" },
                { "childrenReviewedInTimescale", "6" } }) {
            drill(manager, "indicator=" + expected[0] + YEAR).andExpect(jsonPath("$.count").value(expected[1]));
        }
        drill(manager, "indicator=plansStartedByInitialCategory&category=PHY" + YEAR)
            .andExpect(jsonPath("$.count").value(3));
        drill(manager, "indicator=childrenOnPlanAtEndByLatestCategory&category=emo" + YEAR)
            .andExpect(jsonPath("$.count").value(3))
            .andExpect(jsonPath("$.category").value("EMO"));
    }

    @Test
    void aRestrictedChildIsLeftOutOfTheListButNotTheCountUnlessTheUserIsNamed() throws Exception {
        TestUsers.Credentials named = users.withRoles(Roles.IRO_MANAGER);
        var restricted = childRecords.create(ChildFixture.aChild().input());
        childRecords.changeAccess(restricted.summary().id(), restricted.version(), true, Set.of(named.username()),
                "system", true);
        long open = childRecords.create(ChildFixture.aChild().input()).summary().id().value();
        jdbc.sql("""
                INSERT INTO child_protection_plan (child_id, start_date, initial_category, latest_category, pre_birth,
                    previous_plans, version) VALUES (:a, DATE '2002-05-02', 'NEG', 'NEG', FALSE, 0, 0),
                    (:b, DATE '2002-05-03', 'NEG', 'NEG', FALSE, 0, 0)""")
            .param("a", restricted.summary().id().value())
            .param("b", open)
            .update();
        String may2002 = "indicator=plansStarted&from=2002-05-01&to=2002-05-31";

        drill(manager, may2002)
            .andExpect(jsonPath("$.count").value(2))
            .andExpect(jsonPath("$.hiddenRows").value(1))
            .andExpect(jsonPath("$.rows.length()").value(1))
            .andExpect(jsonPath("$.rows[0].childId").value(open));
        drill(named, may2002)
            .andExpect(jsonPath("$.hiddenRows").value(0))
            .andExpect(jsonPath("$.rows.length()").value(2));
        assertThat(auditedChildren(manager)).containsExactly(String.valueOf(open));
    }

    @Test
    void performanceViewersAndChairsCannotSeeTheChildrenBehindAFigure() throws Exception {
        drill(users.withRoles(Roles.PERFORMANCE_VIEWER), "indicator=plansStarted" + YEAR)
            .andExpect(status().isForbidden());
        drill(users.withRoles(Roles.CHAIR), "indicator=plansStarted" + YEAR).andExpect(status().isForbidden());
        drill(users.withRoles(Roles.ADMIN), "indicator=plansStarted" + YEAR).andExpect(status().isOk());
    }

    @Test
    void aPercentageAnUnknownIdOrAMissingCategoryIsA400NamingTheField() throws Exception {
        drill(manager, "indicator=reviewsInTimescalePct" + YEAR)
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("indicator"))
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("reviewsInTimescale or reviewsHeld")));
        drill(manager, "indicator=nonsense" + YEAR)
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("indicator"));
        drill(manager, "indicator=plansStartedByInitialCategory" + YEAR)
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("category"));
        assertThat(auditedChildren(manager)).isEmpty();
    }

    private List<String> auditedChildren(TestUsers.Credentials who) {
        return jdbc.sql("""
                SELECT record_id FROM audit_entry WHERE action = 'SCORECARD_CHILD_LISTED' AND actor = :actor
                AND record_type = 'Child' ORDER BY id""")
            .param("actor", who.username())
            .query(String.class)
            .list();
    }
}
