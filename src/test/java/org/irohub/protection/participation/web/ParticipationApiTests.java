package org.irohub.protection.participation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.irohub.identity.Roles;
import org.irohub.protection.ConferenceId;
import org.irohub.protection.ConferenceService;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The participation API: invitees, reports, attendance, the child's participation, quoracy and the chair's decision. */
@IroHubTest
@AutoConfigureMockMvc
class ParticipationApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConferenceService conferences;

    TestUsers.Credentials support;
    TestUsers.Credentials chair;
    long child;
    long conference;

    @BeforeEach
    void anIcpcRequestedOn20December2016() throws Exception {
        support = users.withRoles(Roles.BUSINESS_SUPPORT);
        chair = users.withRoles(Roles.CHAIR);
        String la = "Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        child = id(send(support, post("/api/children"), """
                {"laChildId":"%s","firstName":"Alex","lastName":"Quorum","dateOfBirth":"2010-05-01","sex":"MALE"}
                """.formatted(la)).andExpect(status().isCreated()), "$.id");
        conference = id(send(support, post("/api/children/" + child + "/strategy-discussions"),
                "{\"date\":\"2016-12-20\",\"section47Started\":true,\"notifiedOn\":\"2016-12-21\"}")
            .andExpect(status().isCreated()), "$.conference.id");
    }

    private ResultActions send(TestUsers.Credentials who, MockHttpServletRequestBuilder request, String json)
            throws Exception {
        return mvc.perform(request.with(httpBasic(who.username(), who.password()))
            .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static long id(ResultActions result, String path) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path)).longValue();
    }

    private int invite(String name, String agency, String role, boolean directContact) throws Exception {
        return (int) id(send(support, post("/api/conferences/" + conference + "/invitees"), """
                {"name":"%s","kind":"AGENCY","agency":"%s","role":"%s","directContact":%s}
                """.formatted(name, agency, role, directContact)).andExpect(status().isCreated()), "$.inviteeId");
    }

    private void attended(int invitee, String attendance) throws Exception {
        send(chair, put("/api/conferences/" + conference + "/invitees/" + invitee + "/attendance"),
                "{\"attendance\":\"" + attendance + "\"}").andExpect(status().isNoContent());
    }

    private ResultActions participation() throws Exception {
        return mvc.perform(get("/api/conferences/" + conference + "/participation")
            .with(httpBasic(chair.username(), chair.password())));
    }

    private long auditCount(String action, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :a AND record_type = 'Conference' AND record_id = :id")
            .param("a", action).param("id", String.valueOf(id)).query(Long.class).single();
    }

    @Test
    void socialCareAndTwoOtherAgenciesAttendingMakeTheConferenceQuorate() throws Exception {
        attended(invite("Sam Worker", "CHILDRENS_SOCIAL_CARE", "Social worker", true), "ATTENDED");
        attended(invite("Hana Visitor", "HEALTH_VISITOR", "Health visitor", true), "ATTENDED");
        attended(invite("Tess Teacher", "EDUCATION", "Class teacher", true), "ATTENDED");
        attended(invite("Pat Police", "POLICE", "Detective constable", true), "APOLOGIES");

        participation().andExpect(status().isOk())
            .andExpect(jsonPath("$.invitees.length()").value(4))
            .andExpect(jsonPath("$.invitees[0].attendance").value("ATTENDED"))
            .andExpect(jsonPath("$.invitees[1].health").value(true))
            .andExpect(jsonPath("$.quorum.quorate").value(true))
            .andExpect(jsonPath("$.quorum.judged").value(true))
            .andExpect(jsonPath("$.quorum.reasons", hasItem("2 other agencies with direct contact attended: Health (health visitor), Education")));
        assertThat(auditCount("CONFERENCE_INVITEE_ADDED", conference)).isEqualTo(4);
        assertThat(auditCount("CONFERENCE_ATTENDANCE_RECORDED", conference)).isEqualTo(4);
        assertThat(auditCount("CONFERENCE_PARTICIPATION_VIEWED", conference)).isEqualTo(1);
    }

    @Test
    void aHealthVisitorAndAGpCountOnceSoTheConferenceIsNotQuorate() throws Exception {
        attended(invite("Sam Worker", "CHILDRENS_SOCIAL_CARE", "Social worker", true), "ATTENDED");
        attended(invite("Hana Visitor", "HEALTH_VISITOR", "Health visitor", true), "ATTENDED");
        attended(invite("Dr Gee", "GP", "GP", true), "ATTENDED");

        participation()
            .andExpect(jsonPath("$.quorum.quorate").value(false))
            .andExpect(jsonPath("$.quorum.reasons", hasItem(
                    "Only one other agency with direct contact attended: Health (health visitor, GP count once)")));
    }

    @Test
    void reportsFallDueCountedBackFromTheBookedDateAndAreTaggedOnTimeOrLate() throws Exception {
        conferences.recordBooking(new ConferenceId(conference), 1L, LocalDate.of(2017, 1, 3));
        int worker = invite("Sam Worker", "CHILDRENS_SOCIAL_CARE", "Social worker", true);
        int school = invite("Tess Teacher", "EDUCATION", "Class teacher", true);
        int police = invite("Pat Police", "POLICE", "Detective constable", false);
        send(support, put("/api/conferences/" + conference + "/invitees/" + worker + "/report"),
                "{\"expected\":true,\"receivedOn\":\"2016-12-29\"}").andExpect(status().isNoContent());
        send(support, put("/api/conferences/" + conference + "/invitees/" + school + "/report"),
                "{\"expected\":true,\"receivedOn\":\"2017-01-02\"}").andExpect(status().isNoContent());
        send(support, put("/api/conferences/" + conference + "/invitees/" + police + "/report"),
                "{\"expected\":true}").andExpect(status().isNoContent());

        participation()
            .andExpect(jsonPath("$.meetingDate").value("2017-01-03"))
            .andExpect(jsonPath("$.invitees[0].report.dueToChair").value("2016-12-29"))
            .andExpect(jsonPath("$.invitees[0].report.sharedWithParentsBy").value("2016-12-28"))
            .andExpect(jsonPath("$.invitees[0].report.status").value("ON_TIME"))
            .andExpect(jsonPath("$.invitees[1].report.status").value("LATE"))
            .andExpect(jsonPath("$.invitees[1].report.sharedWithParentsBy").isEmpty())
            .andExpect(jsonPath("$.invitees[2].report.status").value("NONE"));
        assertThat(auditCount("CONFERENCE_REPORT_RECORDED", conference)).isEqualTo(3);
    }

    @Test
    void badInputIsRefusedNamingTheField() throws Exception {
        send(support, post("/api/conferences/" + conference + "/invitees"), "{\"kind\":\"AGENCY\"}")
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("name"));
        send(support, post("/api/conferences/" + conference + "/invitees"), "{\"name\":\"Ann\",\"kind\":\"AGENCY\",\"agency\":\"BANK\"}")
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("agency"));
        int worker = invite("Sam Worker", "CHILDRENS_SOCIAL_CARE", "Social worker", true);
        send(chair, put("/api/conferences/" + conference + "/invitees/" + worker + "/attendance"), "{\"attendance\":\"LATE\"}")
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("attendance"));
        send(support, put("/api/conferences/" + conference + "/invitees/" + worker + "/report"),
                "{\"expected\":true,\"receivedOn\":\"2017-02-30\"}")
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("receivedOn"));
        send(support, put("/api/conferences/" + conference + "/invitees/" + worker + "/report"), "{\"expected\":true,\"version\":99}")
            .andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("version"));
    }

    @Test
    void businessSupportInvitesButOnlyTheChairRecordsAttendance() throws Exception {
        int worker = invite("Sam Worker", "CHILDRENS_SOCIAL_CARE", "Social worker", true);
        send(support, put("/api/conferences/" + conference + "/invitees/" + worker + "/attendance"), "{\"attendance\":\"ATTENDED\"}")
            .andExpect(status().isForbidden());
    }

    @Test
    void aConferenceThatIsNoLongerOpenRefusesChanges() throws Exception {
        send(support, post("/api/conferences/" + conference + "/cancel"), "{\"reason\":\"Family moved away\",\"version\":0}")
            .andExpect(status().isOk());

        send(support, post("/api/conferences/" + conference + "/invitees"),
                "{\"name\":\"Sam\",\"kind\":\"PARENT_CARER\"}")
            .andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("status"));
    }

    @Test
    void theChairCanGoAheadWithoutAQuorumOnlyWithAReason() throws Exception {
        attended(invite("Sam Worker", "CHILDRENS_SOCIAL_CARE", "Social worker", true), "ATTENDED");

        send(chair, post("/api/conferences/" + conference + "/inquorate-decision"), "{\"proceed\":true}")
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reason"));
        send(chair, post("/api/conferences/" + conference + "/inquorate-decision"),
                "{\"proceed\":true,\"reason\":\"Risk is immediate; agencies gave reports\"}")
            .andExpect(status().isOk()).andExpect(jsonPath("$.proceed").value(true));

        participation().andExpect(jsonPath("$.inquorateDecision.proceed").value(true))
            .andExpect(jsonPath("$.inquorateDecision.reason").value("Risk is immediate; agencies gave reports"));
        send(chair, post("/api/conferences/" + conference + "/inquorate-decision"), "{\"proceed\":false}")
            .andExpect(status().isConflict());
        assertThat(auditCount("INQUORATE_DECISION_RECORDED", conference)).isEqualTo(1);
    }

    @Test
    void aQuorateConferenceNeedsNoDecision() throws Exception {
        attended(invite("Sam Worker", "CHILDRENS_SOCIAL_CARE", "Social worker", true), "ATTENDED");
        attended(invite("Tess Teacher", "EDUCATION", "Class teacher", true), "ATTENDED");
        attended(invite("Pat Police", "POLICE", "Detective constable", true), "ATTENDED");

        send(chair, post("/api/conferences/" + conference + "/inquorate-decision"), "{\"proceed\":true,\"reason\":\"x\"}")
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail", containsString("quorate")));
    }

    @Test
    void notGoingAheadReconvenesTheConferenceTenWorkingDaysLaterAndASecondInquorateOneIsFlagged() throws Exception {
        conferences.recordBooking(new ConferenceId(conference), 1L, LocalDate.of(2017, 1, 3));
        attended(invite("Sam Worker", "CHILDRENS_SOCIAL_CARE", "Social worker", true), "DID_NOT_ATTEND");

        long reconvened = id(send(chair, post("/api/conferences/" + conference + "/inquorate-decision"),
                "{\"proceed\":false,\"reason\":\"Social worker ill\"}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.reconvenedDue").value("2017-01-17"))
            .andExpect(jsonPath("$.secondInquorateInARow").value(false)), "$.reconvenedConferenceId");

        mvc.perform(get("/api/conferences/" + conference).with(httpBasic(chair.username(), chair.password())))
            .andExpect(jsonPath("$.status").value("CANCELLED"));
        mvc.perform(get("/api/conferences/" + reconvened).with(httpBasic(chair.username(), chair.password())))
            .andExpect(jsonPath("$.type").value("INITIAL"))
            .andExpect(jsonPath("$.status").value("REQUESTED"))
            .andExpect(jsonPath("$.childIds[0]").value(child))
            .andExpect(jsonPath("$.dueDate").value("2017-01-17"));
        assertThat(auditCount("CONFERENCE_REQUESTED", reconvened)).isEqualTo(1);

        conference = reconvened;
        participation().andExpect(jsonPath("$.previousConferenceInquorate").value(true));
        attended(invite("Sam Worker", "CHILDRENS_SOCIAL_CARE", "Social worker", true), "ATTENDED");
        send(chair, post("/api/conferences/" + conference + "/inquorate-decision"),
                "{\"proceed\":true,\"reason\":\"Cannot delay again\"}")
            .andExpect(jsonPath("$.secondInquorateInARow").value(true));
    }

    @Test
    void theChildsParticipationIsRecordedWithHowTheyGaveTheirViews() throws Exception {
        send(chair, put("/api/conferences/" + conference + "/children/" + child + "/participation"), """
                {"attended":true,"preMeetingHeld":true,"viewsGiven":true,"viewsHow":["IN_PERSON","MIND_OF_MY_OWN"],
                 "chairContactOn":"2016-12-30","chairContactHow":"Home visit"}
                """).andExpect(status().isNoContent());
        send(chair, put("/api/conferences/" + conference + "/children/" + child + "/participation"),
                "{\"attended\":false,\"viewsGiven\":true,\"viewsHow\":[]}")
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("viewsHow"));

        participation()
            .andExpect(jsonPath("$.children[0].attended").value(true))
            .andExpect(jsonPath("$.children[0].viewsHow[0]").value("IN_PERSON"))
            .andExpect(jsonPath("$.children[0].viewsHow[1]").value("MIND_OF_MY_OWN"))
            .andExpect(jsonPath("$.children[0].chairContactHow").value("Home visit"))
            .andExpect(jsonPath("$.children[0].chairContactOffered").value(true));
        assertThat(auditCount("CHILD_PARTICIPATION_RECORDED", conference)).isEqualTo(1);
    }
}
