package org.irohub.protection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
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

/** The child protection API contract, walked from a strategy discussion to the end of a plan. */
@IroHubTest
@AutoConfigureMockMvc
class ProtectionApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    TestUsers.Credentials support;
    TestUsers.Credentials chair;

    @BeforeEach
    void people() {
        support = users.withRoles(Roles.BUSINESS_SUPPORT);
        chair = users.withRoles(Roles.CHAIR);
    }


    private ResultActions postJson(TestUsers.Credentials who, String url, String json) throws Exception {
        return mvc.perform(post(url).with(httpBasic(who.username(), who.password()))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
    }

    private long aChild() throws Exception {
        String la = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String body = postJson(support, "/api/children", """
                {"laChildId":"%s","firstName":"Alex","lastName":"Test","dateOfBirth":"2012-05-01","sex":"MALE"}
                """.formatted(la)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private long anIcpcRequestedOn20December2016(long child) throws Exception {
        String body = postJson(support, "/api/children/" + child + "/strategy-discussions",
                "{\"date\":\"2016-12-20\",\"section47Started\":true,\"notifiedOn\":\"2016-12-21\"}")
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.conference.id")).longValue();
    }

    @Test
    void aSection47StrategyDiscussionRequestsAnIcpcDueFifteenWorkingDaysLater() throws Exception {
        long child = aChild();
        postJson(support, "/api/children/" + child + "/strategy-discussions",
                "{\"date\":\"2016-12-20\",\"section47Started\":true,\"notifiedOn\":\"2016-12-21\"}")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.id").isNumber())
            .andExpect(jsonPath("$.conference.id").isNumber())
            .andExpect(jsonPath("$.conference.type").value("INITIAL"))
            .andExpect(jsonPath("$.conference.dueDate").value("2017-01-13"))
            .andExpect(jsonPath("$.conference.status").value("REQUESTED"));
    }

    @Test
    void aDiscussionWithoutASection47EnquiryRequestsNoConference() throws Exception {
        long child = aChild();
        postJson(support, "/api/children/" + child + "/strategy-discussions",
                "{\"date\":\"2016-12-20\",\"section47Started\":false,\"notifiedOn\":\"2016-12-20\"}")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.conference").doesNotExist());
    }

    @Test
    void theConferenceIsReadWithTheContractFields() throws Exception {
        long child = aChild();
        long conference = anIcpcRequestedOn20December2016(child);

        mvc.perform(get("/api/conferences/" + conference).with(httpBasic(chair.username(), chair.password())))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.id").value(conference))
            .andExpect(jsonPath("$.type").value("INITIAL"))
            .andExpect(jsonPath("$.childIds[0]").value(child))
            .andExpect(jsonPath("$.dueDate").value("2017-01-13"))
            .andExpect(jsonPath("$.status").value("REQUESTED"))
            .andExpect(jsonPath("$.heldOn").isEmpty())
            .andExpect(jsonPath("$.chairId").isEmpty())
            .andExpect(jsonPath("$.outcome").isEmpty())
            .andExpect(jsonPath("$.lateReasons").isArray());
        assertThat(auditCount("CONFERENCE_VIEWED", "Conference", conference)).isEqualTo(1);
    }

    @Test
    void anIcpcHeldLateWithAReasonStartsAPlanAndRequestsTheFirstReviewThreeMonthsOn() throws Exception {
        long child = aChild();
        long conference = anIcpcRequestedOn20December2016(child);

        postJson(chair, "/api/conferences/" + conference + "/outcome",
                "{\"heldOn\":\"2017-01-16\",\"planRequired\":true,\"category\":\"NEG\",\"lateReasons\":[\"MISSING_REPORT\"]}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.conference.status").value("HELD"))
            .andExpect(jsonPath("$.conference.heldOn").value("2017-01-16"))
            .andExpect(jsonPath("$.conference.lateReasons[0]").value("MISSING_REPORT"))
            .andExpect(jsonPath("$.plan.id").isNumber())
            .andExpect(jsonPath("$.plan.startDate").value("2017-01-16"))
            .andExpect(jsonPath("$.plan.initialCategory").value("NEG"))
            .andExpect(jsonPath("$.nextConference.id").isNumber())
            .andExpect(jsonPath("$.nextConference.type").value("REVIEW"))
            .andExpect(jsonPath("$.nextConference.dueDate").value("2017-04-16"));
    }

    @Test
    void heldAfterTheDueDateWithoutAReasonIs422NamingTheFieldAndWritesNothing() throws Exception {
        long child = aChild();
        long conference = anIcpcRequestedOn20December2016(child);

        postJson(chair, "/api/conferences/" + conference + "/outcome",
                "{\"heldOn\":\"2017-01-16\",\"planRequired\":true,\"category\":\"NEG\"}")
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.field").value("lateReasons"));
        assertNothingWritten(child, conference);
    }

    @Test
    void anUnknownCategoryOrADateBeforeTheStrategyDiscussionIs400AndWritesNothing() throws Exception {
        long child = aChild();
        long conference = anIcpcRequestedOn20December2016(child);

        postJson(chair, "/api/conferences/" + conference + "/outcome",
                "{\"heldOn\":\"2017-01-10\",\"planRequired\":true,\"category\":\"XYZ\"}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("category"));
        postJson(chair, "/api/conferences/" + conference + "/outcome",
                "{\"heldOn\":\"2016-12-19\",\"planRequired\":true,\"category\":\"NEG\"}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("heldOn"))
            .andExpect(jsonPath("$.detail", containsString("strategy discussion")));
        assertNothingWritten(child, conference);
    }

    @Test
    void reviewsContinueThePlanEverySixMonthsFromTheActualDateThenEndIt() throws Exception {
        long child = aChild();
        long icpc = anIcpcRequestedOn20December2016(child);
        String held = postJson(chair, "/api/conferences/" + icpc + "/outcome",
                "{\"heldOn\":\"2017-01-10\",\"planRequired\":true,\"category\":\"NEG\"}")
            .andReturn().getResponse().getContentAsString();
        long firstReview = ((Number) JsonPath.read(held, "$.nextConference.id")).longValue();
        assertThat((String) JsonPath.read(held, "$.nextConference.dueDate")).isEqualTo("2017-04-10");

        String reviewed = postJson(chair, "/api/conferences/" + firstReview + "/outcome",
                "{\"heldOn\":\"2017-04-03\",\"continuePlan\":true,\"category\":\"EMO\"}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.conference.outcome").value("PLAN_CONTINUES"))
            .andExpect(jsonPath("$.plan.initialCategory").value("NEG"))
            .andExpect(jsonPath("$.plan.latestCategory").value("EMO"))
            .andExpect(jsonPath("$.nextConference.dueDate").value("2017-10-03"))
            .andReturn().getResponse().getContentAsString();
        long secondReview = ((Number) JsonPath.read(reviewed, "$.nextConference.id")).longValue();

        postJson(chair, "/api/conferences/" + secondReview + "/outcome",
                "{\"heldOn\":\"2017-09-28\",\"continuePlan\":false}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.conference.outcome").value("PLAN_ENDED"))
            .andExpect(jsonPath("$.plan.endDate").value("2017-09-28"))
            .andExpect(jsonPath("$.plan.endReason").value("NO_LONGER_AT_RISK"))
            .andExpect(jsonPath("$.nextConference").isEmpty());

        mvc.perform(get("/api/children/" + child + "/timeline").with(httpBasic(chair.username(), chair.password())))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].kind").value("STRATEGY_DISCUSSION"))
            .andExpect(jsonPath("$[0].date").value("2016-12-20"))
            .andExpect(jsonPath("$[?(@.kind == 'CATEGORY_CHANGED')].date").value(org.hamcrest.Matchers.contains("2017-04-03")))
            .andExpect(jsonPath("$[-1].kind").value("PLAN_ENDED"));
    }

    @Test
    void aReviewContinuingAPlanOfTwelveMonthsAsksWhyAndWhetherDriftIsTheReason() throws Exception {
        long child = aChild();
        long icpc = anIcpcRequestedOn20December2016(child);
        long review = nextOf(postJson(chair, "/api/conferences/" + icpc + "/outcome",
                "{\"heldOn\":\"2017-01-10\",\"planRequired\":true,\"category\":\"PHY\"}"));
        review = nextOf(postJson(chair, "/api/conferences/" + review + "/outcome",
                "{\"heldOn\":\"2017-04-05\",\"continuePlan\":true}"));
        review = nextOf(postJson(chair, "/api/conferences/" + review + "/outcome",
                "{\"heldOn\":\"2017-10-02\",\"continuePlan\":true}"));

        postJson(chair, "/api/conferences/" + review + "/outcome", "{\"heldOn\":\"2018-03-28\",\"continuePlan\":true}")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.field").value("continuationReason"));
        postJson(chair, "/api/conferences/" + review + "/outcome",
                "{\"heldOn\":\"2018-03-28\",\"continuePlan\":true,\"continuationReason\":\"Parenting assessment not finished\",\"driftIsReason\":true}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.conference.continuationReason").value("Parenting assessment not finished"))
            .andExpect(jsonPath("$.conference.driftIsReason").value(true));
    }

    @Test
    void theSecondOfTwoPeopleRecordingTheSameConferenceIsRefusedNotLost() throws Exception {
        long child = aChild();
        long conference = anIcpcRequestedOn20December2016(child);
        String outcome = "{\"heldOn\":\"%s\",\"planRequired\":true,\"category\":\"%s\",\"version\":0}";

        postJson(chair, "/api/conferences/" + conference + "/outcome", outcome.formatted("2017-01-12", "NEG"))
            .andExpect(status().isOk());
        postJson(chair, "/api/conferences/" + conference + "/outcome", outcome.formatted("2017-01-11", "EMO"))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail", containsString("Someone else changed this conference")));

        mvc.perform(get("/api/conferences/" + conference).with(httpBasic(chair.username(), chair.password())))
            .andExpect(jsonPath("$.heldOn").value("2017-01-12"))
            .andExpect(jsonPath("$.category").value("NEG"));
    }

    @Test
    void aTransferInConferenceKeepsThePreviousPlansStart() throws Exception {
        long child = aChild();
        String requested = postJson(support, "/api/children/" + child + "/transfers-in",
                "{\"notifiedOn\":\"2016-12-20\",\"fromAuthority\":\"Durham County Council\",\"previousPlanStart\":\"2016-06-01\"}")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.type").value("TRANSFER_IN"))
            .andExpect(jsonPath("$.dueDate").value("2017-01-13"))
            .andReturn().getResponse().getContentAsString();
        long conference = ((Number) JsonPath.read(requested, "$.id")).longValue();

        postJson(chair, "/api/conferences/" + conference + "/outcome",
                "{\"heldOn\":\"2017-01-10\",\"planRequired\":true,\"category\":\"EMO\"}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.plan.startDate").value("2016-06-01"))
            .andExpect(jsonPath("$.nextConference.dueDate").value("2017-04-10"));
    }

    @Test
    void anIcpcNotRequiredIsClosedWithItsReason() throws Exception {
        long child = aChild();
        long conference = anIcpcRequestedOn20December2016(child);

        postJson(support, "/api/conferences/" + conference + "/not-required",
                "{\"reason\":\"Enquiry found no continuing risk\",\"version\":0}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("NOT_REQUIRED"));
        postJson(chair, "/api/conferences/" + conference + "/outcome",
                "{\"heldOn\":\"2017-01-10\",\"planRequired\":true,\"category\":\"NEG\"}")
            .andExpect(status().isConflict());
    }

    @Test
    void performanceViewersAndBusinessSupportCannotRecordOutcomes() throws Exception {
        long child = aChild();
        long conference = anIcpcRequestedOn20December2016(child);
        var viewer = users.withRoles(Roles.PERFORMANCE_VIEWER);

        mvc.perform(get("/api/conferences/" + conference).with(httpBasic(viewer.username(), viewer.password())))
            .andExpect(status().isForbidden());
        postJson(support, "/api/conferences/" + conference + "/outcome",
                "{\"heldOn\":\"2017-01-10\",\"planRequired\":true,\"category\":\"NEG\"}")
            .andExpect(status().isForbidden());
    }

    private long nextOf(ResultActions result) throws Exception {
        String body = result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.nextConference.id")).longValue();
    }

    private void assertNothingWritten(long child, long conference) {
        assertThat(jdbc.sql("SELECT status FROM conference WHERE id = :id").param("id", conference).query(String.class).single())
            .isEqualTo("REQUESTED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM child_protection_plan WHERE child_id = :c").param("c", child)
            .query(Long.class).single()).isZero();
        assertThat(auditCount("CONFERENCE_OUTCOME_RECORDED", "Conference", conference)).isZero();
    }

    private long auditCount(String action, String type, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :a AND record_type = :t AND record_id = :id")
            .param("a", action).param("t", type).param("id", String.valueOf(id))
            .query(Long.class).single();
    }
}
