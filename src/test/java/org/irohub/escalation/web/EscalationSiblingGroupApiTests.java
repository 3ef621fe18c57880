package org.irohub.escalation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.irohub.children.ChildFixture;
import org.irohub.children.ChildId;
import org.irohub.children.internal.ChildRecordView;
import org.irohub.children.internal.ChildRecords;
import org.irohub.children.internal.SiblingGroupService;
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

/** {@code POST /api/escalations} with {@code "siblingGroup": true}: one escalation listing every child. */
@IroHubTest
@AutoConfigureMockMvc
class EscalationSiblingGroupApiTests {

    static final String BODY = """
            {"childId":%d,"kind":"QPR","raisedOn":"2019-12-18","agency":"CHILDRENS_SOCIAL_CARE",
             "theme":"DRIFT_AND_DELAY","description":"Plan drifting for the siblings"%s}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ChildRecords childRecords;

    @Autowired
    SiblingGroupService siblingGroups;

    @Autowired
    JdbcClient jdbc;

    TestUsers.Credentials chair;
    ChildRecordView ann;
    ChildRecordView bob;
    ChildRecordView alone;

    @BeforeEach
    void twoSiblingsAndAChildWithout() {
        chair = users.withRoles(Roles.CHAIR);
        ann = childRecords.create(ChildFixture.aChild().input());
        bob = childRecords.create(ChildFixture.aChild().input());
        alone = childRecords.create(ChildFixture.aChild().input());
        siblingGroups.addSibling(new ChildId(ann.id()), bob.summary().laChildId(), chair.username());
    }

    private ResultActions raise(long child, String extra) throws Exception {
        return mvc.perform(post("/api/escalations").with(httpBasic(chair.username(), chair.password())).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(BODY.formatted(child, extra)));
    }

    private int written(long child) {
        return jdbc.sql("SELECT COUNT(*) FROM escalation_child WHERE child_id = :id").param("id", child)
            .query(Integer.class).single()
                + jdbc.sql("SELECT COUNT(*) FROM escalation WHERE child_id = :id").param("id", child)
                    .query(Integer.class).single()
                + jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE record_type = 'Child' AND record_id = :id "
                        + "AND action LIKE 'ESCALATION%'").param("id", String.valueOf(child)).query(Integer.class).single();
    }

    @Test
    void raisesOneEscalationForTheSiblingGroupListingEveryChild() throws Exception {
        String body = raise(bob.id(), ",\"siblingGroup\":true")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.childId").value(bob.id()))
            .andExpect(jsonPath("$.childIds").value(Matchers.contains((int) bob.id(), (int) ann.id())))
            .andExpect(jsonPath("$.siblingGroupId").isNumber())
            .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        mvc.perform(get("/api/escalations/" + id).with(httpBasic(chair.username(), chair.password())))
            .andExpect(jsonPath("$.childIds.length()").value(2));
        mvc.perform(get("/api/escalations/open").with(httpBasic(chair.username(), chair.password())))
            .andExpect(jsonPath("$[?(@.id == %d)].childIds[1]".formatted(id)).value(Matchers.contains((int) ann.id())));
        assertThat(jdbc.sql("SELECT child_id FROM escalation_child WHERE escalation_id = :id ORDER BY position")
            .param("id", id).query(Long.class).list()).containsExactly(bob.id(), ann.id());
        assertThat(jdbc.sql("""
                SELECT record_id FROM audit_entry WHERE action = 'ESCALATION_RAISED' AND record_type = 'Child'
                AND detail = :detail""").param("detail", "escalation=" + id).query(String.class).list())
            .containsExactlyInAnyOrder(String.valueOf(ann.id()), String.valueOf(bob.id()));
    }

    @Test
    void theRequestWithoutTheChoiceIsAboutTheOneChild() throws Exception {
        raise(ann.id(), "")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.childIds").value(Matchers.contains((int) ann.id())))
            .andExpect(jsonPath("$.siblingGroupId").isEmpty());
        raise(ann.id(), ",\"siblingGroup\":false")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.childIds.length()").value(1));
    }

    @Test
    void refusesTheSiblingGroupForAChildWhoIsNotInOneWith400AndWritesNothing() throws Exception {
        int before = written(alone.id());
        raise(alone.id(), ",\"siblingGroup\":true")
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.field").value("siblingGroup"))
            .andExpect(jsonPath("$.detail").value(containsString("not in a sibling group")));
        assertThat(written(alone.id())).isEqualTo(before).isZero();
    }

    @Test
    void theOpenApiDescriptionDocumentsTheSiblingGroupChoiceAndTheChildIds() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("m").roles(Roles.IRO_MANAGER)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.paths['/api/escalations'].post.description",
                    containsString("siblingGroup: true raises ONE escalation")))
            .andExpect(jsonPath("$.components.schemas.NewEscalation.properties.siblingGroup.type").value("boolean"))
            .andExpect(jsonPath("$.components.schemas.EscalationJson.properties.childIds.type").value("array"));
    }
}
