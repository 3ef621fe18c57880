package org.irohub.protection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.irohub.children.ChildFixture;
import org.irohub.children.ChildId;
import org.irohub.children.internal.ChildRecords;
import org.irohub.identity.Roles;
import org.irohub.protection.NewStrategyDiscussion;
import org.irohub.protection.StrategyDiscussionService;
import org.irohub.support.IroHubTest;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A conference about a restricted child is, for anyone not named on the record, as if it did not exist. */
@IroHubTest
@AutoConfigureMockMvc
class RestrictedConferenceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ChildRecords childRecords;

    @Autowired
    StrategyDiscussionService discussions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyTheNamedChairSeesOrChangesTheConferenceAndEachRefusalIsAudited() throws Exception {
        var named = users.withRoles(Roles.CHAIR);
        var other = users.withRoles(Roles.CHAIR);
        var created = childRecords.create(ChildFixture.aChild().input());
        ChildId child = created.summary().id();
        long conference = discussions.record(child, new NewStrategyDiscussion(LocalDate.of(2016, 12, 20), true,
                LocalDate.of(2016, 12, 20), List.of()), "system").conference().getId();
        childRecords.changeAccess(child, created.version(), true, Set.of(named.username()), "system", true);

        mvc.perform(get("/api/conferences/" + conference).with(httpBasic(named.username(), named.password())))
            .andExpect(status().isOk());
        mvc.perform(get("/api/conferences/" + conference).with(httpBasic(other.username(), other.password())))
            .andExpect(status().isNotFound());
        mvc.perform(post("/api/conferences/" + conference + "/outcome").with(httpBasic(other.username(), other.password()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"heldOn\":\"2017-01-10\",\"planRequired\":true,\"category\":\"NEG\"}"))
            .andExpect(status().isNotFound());
        mvc.perform(get("/api/children/" + child.value() + "/timeline").with(httpBasic(other.username(), other.password())))
            .andExpect(status().isNotFound());

        assertThat(jdbc.sql("SELECT status FROM conference WHERE id = :id").param("id", conference).query(String.class).single())
            .isEqualTo("REQUESTED");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM audit_entry WHERE actor = :who AND outcome = 'DENIED'
                """).param("who", other.username()).query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }
}
