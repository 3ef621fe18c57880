package org.irohub.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import javax.sql.DataSource;
import org.irohub.children.internal.ChildRecords;
import org.irohub.identity.Roles;
import org.irohub.scorecard.Indicator;
import org.irohub.scorecard.ScorecardTestCases;
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

/** The scorecard API contract: keys, number formats, nulls, roles, refusals and the audited population. */
@IroHubTest
@AutoConfigureMockMvc
class ScorecardApiTests {

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

    private ResultActions getAs(TestUsers.Credentials who, String url) throws Exception {
        return mvc.perform(get(url).with(httpBasic(who.username(), who.password())));
    }

    private ResultActions putAs(TestUsers.Credentials who, String url, String json) throws Exception {
        return mvc.perform(put(url).with(httpBasic(who.username(), who.password())).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void everyIndicatorIsAKeyWithCountsAsIntegersPercentagesToOneDecimalAndNullsWhereUnknown() throws Exception {
        String body = getAs(manager, "/api/scorecard?from=1999-04-01&to=2000-03-31")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.from").value("1999-04-01"))
            .andExpect(jsonPath("$.to").value("2000-03-31"))
            .andReturn().getResponse().getContentAsString();

        Map<String, Object> indicators = JsonPath.read(body, "$.indicators");
        assertThat(indicators).containsOnlyKeys(Arrays.stream(Indicator.values()).map(Indicator::id).toList());
        assertThat(body).contains("\"childrenOnPlanAtEnd\":14", "\"plansStartedSecondOrSubsequentPct\":20.0",
                "\"plansEndedLasting2YearsOrMorePct\":50.0", "\"icpcWithin15WorkingDaysPct\":75.0",
                "\"reviewsInTimescalePct\":80.0", "\"childrenReviewedInTimescalePct\":46.2",
                "\"plansStartedByInitialCategory\":{\"NEG\":3,\"PHY\":3,\"SAB\":1,\"EMO\":2,\"MUL\":1}");
        assertThat(indicators).containsKey("ratePer10kAtEnd");
    }

    @Test
    void aPercentageOfNothingIsNullNotZero() throws Exception {
        getAs(manager, "/api/scorecard?from=2001-06-01&to=2001-06-30")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.indicators.icpcHeld").value(0))
            .andExpect(jsonPath("$.indicators.icpcWithin15WorkingDaysPct").isEmpty())
            .andExpect(jsonPath("$.indicators.ratePer10kAtEnd").isEmpty())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("\"icpcWithin15WorkingDaysPct\":null")));
    }

    @Test
    void performanceViewersAndAdministratorsSeeTheFiguresOthersDoNot() throws Exception {
        String url = "/api/scorecard?from=2001-04-01&to=2002-03-31";
        getAs(users.withRoles(Roles.PERFORMANCE_VIEWER), url).andExpect(status().isOk());
        getAs(users.withRoles(Roles.ADMIN), url).andExpect(status().isOk());
        getAs(users.withRoles(Roles.CHAIR), url).andExpect(status().isForbidden());
        getAs(users.withRoles(Roles.BUSINESS_SUPPORT), url).andExpect(status().isForbidden());
        mvc.perform(get(url)).andExpect(status().isUnauthorized());
    }

    @Test
    void aPeriodEndingBeforeItStartsOrAnUnreadableDateIsA400NamingTheField() throws Exception {
        getAs(manager, "/api/scorecard?from=2017-04-01&to=2017-03-31")
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.field").value("from"));
        getAs(manager, "/api/scorecard?from=2017-13-01&to=2017-03-31")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.parameter").value("from"));
        getAs(manager, "/api/scorecard?from=2017-01-01")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.parameter").value("to"));
    }

    @Test
    void thePopulationIsSetForAFinancialYearAuditedAndUsedForPeriodsEndingInIt() throws Exception {
        TestUsers.Credentials admin = users.withRoles(Roles.ADMIN);
        getAs(manager, "/api/scorecard/child-population/2003-04")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.population").isEmpty());

        putAs(admin, "/api/scorecard/child-population/2003-04", "{\"population\":54280}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.year").value("2003-04"))
            .andExpect(jsonPath("$.population").value(54280));
        putAs(manager, "/api/scorecard/child-population/2003-04", "{\"population\":54300}")
            .andExpect(status().isOk());

        getAs(manager, "/api/scorecard/child-population/2003-04")
            .andExpect(jsonPath("$.population").value(54300))
            .andExpect(jsonPath("$.appliesFrom").value("2003-04-01"))
            .andExpect(jsonPath("$.appliesTo").value("2004-03-31"));
        // The database is shared with other tests, so the rate is checked against the count it is made from.
        String body = getAs(manager, "/api/scorecard?from=2004-03-01&to=2004-03-31")
            .andReturn().getResponse().getContentAsString();
        int onPlan = com.jayway.jsonpath.JsonPath.read(body, "$.indicators.childrenOnPlanAtEnd");
        assertThat(onPlan).isPositive();
        double rate = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.indicators.ratePer10kAtEnd")).doubleValue();
        assertThat(java.math.BigDecimal.valueOf(rate)).isEqualByComparingTo(java.math.BigDecimal.valueOf(onPlan * 10_000L)
            .divide(java.math.BigDecimal.valueOf(54_300), 1, java.math.RoundingMode.HALF_UP));
        getAs(manager, "/api/scorecard?from=2004-04-01&to=2004-04-30")
            .andExpect(jsonPath("$.indicators.ratePer10kAtEnd").isEmpty());
        assertThat(jdbc.sql("""
                SELECT detail FROM audit_entry WHERE action = 'CHILD_POPULATION_SET' AND record_id = '2003-04'
                ORDER BY id""").query(String.class).list())
            .containsExactly("population=54280 (was not set)", "population=54300 (was 54280)");
    }

    @Test
    void aBadYearOrPopulationIsRefusedNamingTheField() throws Exception {
        TestUsers.Credentials admin = users.withRoles(Roles.ADMIN);
        putAs(admin, "/api/scorecard/child-population/2016-18", "{\"population\":54280}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("year"));
        putAs(admin, "/api/scorecard/child-population/2016", "{\"population\":54280}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("year"));
        putAs(admin, "/api/scorecard/child-population/2002-03", "{\"population\":-5}")
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.field").value("population"));
        putAs(admin, "/api/scorecard/child-population/2002-03", "{}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("population"));
        putAs(admin, "/api/scorecard/child-population/2002-03", "{\"population\":\"many\"}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("population"));
        getAs(admin, "/api/scorecard/child-population/2002-03").andExpect(jsonPath("$.population").isEmpty());
    }

    @Test
    void onlyManagersAndAdministratorsSetThePopulation() throws Exception {
        putAs(users.withRoles(Roles.PERFORMANCE_VIEWER), "/api/scorecard/child-population/2002-03",
                "{\"population\":1000}")
            .andExpect(status().isForbidden());
    }
}
