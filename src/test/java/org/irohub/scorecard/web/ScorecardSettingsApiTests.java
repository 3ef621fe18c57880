package org.irohub.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.irohub.identity.Roles;
import org.irohub.support.IroHubTest;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** England's figures (seeded, replaced by administrators) and local targets (managers), each change audited. */
@IroHubTest
@AutoConfigureMockMvc
class ScorecardSettingsApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    private ResultActions getAs(TestUsers.Credentials who, String url) throws Exception {
        return mvc.perform(get(url).with(httpBasic(who.username(), who.password())));
    }

    private ResultActions putAs(TestUsers.Credentials who, String url, String json) throws Exception {
        return mvc.perform(put(url).with(httpBasic(who.username(), who.password())).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void englandsFiguresFromIndicatorsMdAreThereFromTheStart() throws Exception {
        getAs(users.withRoles(Roles.PERFORMANCE_VIEWER), "/api/scorecard/england/2016-17")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.childrenOnPlanAtEnd").value(51080))
            .andExpect(jsonPath("$.ratePer10kAtEnd").value(43.3))
            .andExpect(jsonPath("$.childrenReviewedInTimescalePct").value(92.1))
            .andExpect(jsonPath("$.plansStartedSecondOrSubsequentPct").value(18.7))
            .andExpect(jsonPath("$.plansEndedLasting2YearsOrMorePct").value(3.4))
            .andExpect(jsonPath("$.icpcWithin15WorkingDaysPct").value(77.0));
        getAs(users.withRoles(Roles.IRO_MANAGER), "/api/scorecard/england")
            .andExpect(jsonPath("$['2012-13'].childrenOnPlanAtEnd").value(43190))
            .andExpect(jsonPath("$['2024-25'].plansEndedLasting2YearsOrMorePct").value(4.4));
    }

    @Test
    void anAdministratorReplacesAYearsFiguresAndTheChangeIsAudited() throws Exception {
        TestUsers.Credentials admin = users.withRoles(Roles.ADMIN);
        putAs(admin, "/api/scorecard/england/1998-99", "{\"figures\":{\"childrenOnPlanAtEnd\":31000,\"ratePer10kAtEnd\":28.1}}")
            .andExpect(status().isOk());
        putAs(admin, "/api/scorecard/england/1998-99", "{\"figures\":{\"icpcWithin15WorkingDaysPct\":70.5}}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.icpcWithin15WorkingDaysPct").value(70.5));

        getAs(admin, "/api/scorecard/england/1998-99")
            .andExpect(jsonPath("$.icpcWithin15WorkingDaysPct").value(70.5))
            .andExpect(jsonPath("$.childrenOnPlanAtEnd").doesNotExist());
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE action = 'ENGLAND_FIGURES_REPLACED' "
                + "AND record_id = '1998-99' ORDER BY id").query(String.class).list())
            .containsExactly("childrenOnPlanAtEnd=31000, ratePer10kAtEnd=28.1", "icpcWithin15WorkingDaysPct=70.5");
    }

    @Test
    void onlyAnAdministratorChangesEnglandsFiguresAndBadOnesAreRefusedNamingTheFigure() throws Exception {
        TestUsers.Credentials admin = users.withRoles(Roles.ADMIN);
        putAs(users.withRoles(Roles.IRO_MANAGER), "/api/scorecard/england/1997-98",
                "{\"figures\":{\"childrenOnPlanAtEnd\":1}}")
            .andExpect(status().isForbidden());
        putAs(admin, "/api/scorecard/england/1997-98", "{\"figures\":{\"childrenOnPlanAtEnd\":1.5}}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("figures.childrenOnPlanAtEnd"));
        putAs(admin, "/api/scorecard/england/1997-98", "{\"figures\":{\"reviewsInTimescalePct\":101}}")
            .andExpect(jsonPath("$.field").value("figures.reviewsInTimescalePct"));
        putAs(admin, "/api/scorecard/england/1997-98", "{\"figures\":{\"plansStartedByInitialCategory\":3}}")
            .andExpect(jsonPath("$.field").value("figures.plansStartedByInitialCategory"));
        putAs(admin, "/api/scorecard/england/1997-98", "{\"figures\":{\"made-up\":3}}")
            .andExpect(jsonPath("$.field").value("figures.made-up"));
        putAs(admin, "/api/scorecard/england/97-98", "{\"figures\":{\"plansStarted\":3}}")
            .andExpect(jsonPath("$.field").value("year"));
        getAs(admin, "/api/scorecard/england/1997-98").andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aManagerSetsATargetWithItsRagBoundariesAndRemovesIt() throws Exception {
        TestUsers.Credentials manager = users.withRoles(Roles.IRO_MANAGER);
        putAs(manager, "/api/scorecard/targets/plansOver2YearsAtEnd",
                "{\"direction\":\"LOWER_IS_BETTER\",\"green\":5,\"amber\":10}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.indicator").value("plansOver2YearsAtEnd"))
            .andExpect(jsonPath("$.green").value(5));
        getAs(users.withRoles(Roles.PERFORMANCE_VIEWER), "/api/scorecard/targets")
            .andExpect(jsonPath("$[?(@.indicator == 'plansOver2YearsAtEnd')].amber").value(10));

        mvc.perform(delete("/api/scorecard/targets/plansOver2YearsAtEnd")
            .with(httpBasic(manager.username(), manager.password())).with(csrf()))
            .andExpect(status().isNoContent());
        mvc.perform(delete("/api/scorecard/targets/plansOver2YearsAtEnd")
            .with(httpBasic(manager.username(), manager.password())).with(csrf()))
            .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE record_type = 'ScorecardTarget' AND actor = :a "
                + "ORDER BY id").param("a", manager.username()).query(String.class).list())
            .containsExactly("SCORECARD_TARGET_SET", "SCORECARD_TARGET_REMOVED");
    }

    @Test
    void aTargetWhoseAmberIsBetterThanGreenOrWithoutADirectionIsRefused() throws Exception {
        TestUsers.Credentials admin = users.withRoles(Roles.ADMIN);
        putAs(admin, "/api/scorecard/targets/reviewsInTimescalePct",
                "{\"direction\":\"HIGHER_IS_BETTER\",\"green\":90,\"amber\":95}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("amber"));
        putAs(admin, "/api/scorecard/targets/reviewsInTimescalePct", "{\"green\":90,\"amber\":85}")
            .andExpect(jsonPath("$.field").value("direction"));
        putAs(admin, "/api/scorecard/targets/reviewsInTimescalePct",
                "{\"direction\":\"HIGHER_IS_BETTER\",\"green\":190,\"amber\":85}")
            .andExpect(jsonPath("$.field").value("green"));
        putAs(users.withRoles(Roles.PERFORMANCE_VIEWER), "/api/scorecard/targets/reviewsInTimescalePct",
                "{\"direction\":\"HIGHER_IS_BETTER\",\"green\":95,\"amber\":90}")
            .andExpect(status().isForbidden());
    }
}
