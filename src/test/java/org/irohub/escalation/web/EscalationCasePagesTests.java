package org.irohub.escalation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.irohub.children.ChildFixture;
import org.irohub.children.internal.ChildRecordView;
import org.irohub.children.internal.ChildRecords;
import org.irohub.identity.Roles;
import org.irohub.support.IroHubTest;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The response form on an escalation's page, and the open list: a chair's own first, overdue first. */
@IroHubTest
@AutoConfigureMockMvc
class EscalationCasePagesTests {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ChildRecords childRecords;

    @Autowired
    JdbcClient jdbc;

    private long raise(String chair, ChildRecordView child, LocalDate on) throws Exception {
        String body = mvc.perform(post("/api/escalations").with(user(chair).roles(Roles.CHAIR)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("""
                    {"childId":%d,"kind":"DRP","raisedOn":"%s","agency":"HEALTH","theme":"REPORTS","description":"x"}"""
                .formatted(child.id(), on)))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private String response(long id) {
        return jdbc.sql("SELECT response FROM escalation_stage WHERE escalation_id = :id AND position = 0")
            .param("id", id).query((rs, n) -> rs.getString(1)).list().get(0);
    }

    @Test
    void theResponseFormRecordsTheCurrentStagesResponseAndShowsRefusalsInTheErrorSummary() throws Exception {
        var chair = users.withRoles(Roles.CHAIR);
        ChildRecordView child = childRecords.create(ChildFixture.aChild().input());
        LocalDate raised = TODAY.minusDays(5);
        long id = raise(chair.username(), child, raised);

        mvc.perform(post("/escalations/" + id + "/respond").with(user(chair.username()).roles(Roles.CHAIR)).with(csrf())
            .param("respondedDay", "").param("respondedMonth", "").param("respondedYear", "").param("response", " "))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<title>Error: ")))
            .andExpect(content().string(containsString("href=\"#respondedOn\">Enter the date of the response")))
            .andExpect(content().string(containsString("href=\"#response\">Enter the response")));
        LocalDate before = raised.minusDays(1);
        mvc.perform(post("/escalations/" + id + "/respond").with(user(chair.username()).roles(Roles.CHAIR)).with(csrf())
            .param("respondedDay", "" + before.getDayOfMonth()).param("respondedMonth", "" + before.getMonthValue())
            .param("respondedYear", "" + before.getYear()).param("response", "Too early"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"#respondedOn\">The date must be on or after")))
            .andExpect(content().string(containsString("Too early")));
        assertThat(response(id)).isNull();

        LocalDate on = raised.plusDays(1);
        mvc.perform(post("/escalations/" + id + "/respond").with(user(chair.username()).roles(Roles.CHAIR)).with(csrf())
            .param("respondedDay", "" + on.getDayOfMonth()).param("respondedMonth", "" + on.getMonthValue())
            .param("respondedYear", "" + on.getYear()).param("response", "Health report sent to the chair"))
            .andExpect(redirectedUrl("/escalations/" + id));
        assertThat(response(id)).isEqualTo("Health report sent to the chair");
        mvc.perform(get("/escalations/" + id).with(user(chair.username()).roles(Roles.CHAIR)))
            .andExpect(content().string(containsString("Health report sent to the chair")))
            .andExpect(content().string(containsString("recording another replaces it")));
    }

    @Test
    void aChairSeesTheirOwnOpenEscalationsOverdueFirstAndCanAskForEveryones() throws Exception {
        var chair = users.withRoles(Roles.CHAIR);
        var colleague = users.withRoles(Roles.CHAIR);
        ChildRecordView recent = childRecords.create(ChildFixture.aChild().named("Recent", ChildFixture.uniqueSurname()).input());
        ChildRecordView overdue = childRecords.create(ChildFixture.aChild().named("Overdue", ChildFixture.uniqueSurname()).input());
        ChildRecordView theirs = childRecords.create(ChildFixture.aChild().named("Theirs", ChildFixture.uniqueSurname()).input());
        raise(chair.username(), recent, TODAY);
        raise(chair.username(), overdue, TODAY.minusDays(30));
        raise(colleague.username(), theirs, TODAY.minusDays(30));

        String mine = mvc.perform(get("/escalations").with(user(chair.username()).roles(Roles.CHAIR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Raised by you")))
            .andExpect(content().string(containsString("1 stage is overdue")))
            .andExpect(content().string(not(containsString(theirs.summary().lastName()))))
            .andReturn().getResponse().getContentAsString();
        assertThat(mine.indexOf(overdue.summary().lastName())).isPositive()
            .isLessThan(mine.indexOf(recent.summary().lastName()));
        mvc.perform(get("/escalations?raisedBy=all").with(user(chair.username()).roles(Roles.CHAIR)))
            .andExpect(content().string(containsString(theirs.summary().lastName())));
        mvc.perform(get("/escalations").with(user("manager").roles(Roles.IRO_MANAGER)))
            .andExpect(content().string(containsString(theirs.summary().lastName())))
            .andExpect(content().string(containsString("/escalations/tracker")));
    }

    @Test
    void anEscalationNobodyHasIsPageNotFound() throws Exception {
        mvc.perform(get("/escalations/987654321").with(user("manager").roles(Roles.IRO_MANAGER)))
            .andExpect(status().isNotFound())
            .andExpect(content().string(containsString("Page not found")));
    }
}
