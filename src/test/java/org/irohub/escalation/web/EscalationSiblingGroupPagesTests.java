package org.irohub.escalation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The raise form's "whole sibling group" choice, and a group escalation on its page, the list and each child's page. */
@IroHubTest
@AutoConfigureMockMvc
class EscalationSiblingGroupPagesTests {

    static final LocalDate RAISED = LocalDate.now().minusDays(3);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ChildRecords childRecords;

    @Autowired
    SiblingGroupService siblingGroups;

    String chair;
    ChildRecordView ann;
    ChildRecordView bob;

    @BeforeEach
    void twoSiblings() {
        chair = users.withRoles(Roles.CHAIR).username();
        ann = childRecords.create(ChildFixture.aChild().named("Ann", ChildFixture.uniqueSurname()).input());
        bob = childRecords.create(ChildFixture.aChild().named("Bob", ChildFixture.uniqueSurname()).input());
        siblingGroups.addSibling(new ChildId(ann.id()), bob.summary().laChildId(), chair);
    }

    private MockHttpServletRequestBuilder raiseFor(ChildRecordView child) {
        return post("/children/" + child.id() + "/escalations").with(user(chair).roles(Roles.CHAIR)).with(csrf())
            .param("kind", "QPR").param("agency", "CHILDRENS_SOCIAL_CARE").param("theme", "DRIFT_AND_DELAY")
            .param("raisedDay", "" + RAISED.getDayOfMonth()).param("raisedMonth", "" + RAISED.getMonthValue())
            .param("raisedYear", "" + RAISED.getYear()).param("description", "Plan drifting for both");
    }

    private String raiseForTheGroup() throws Exception {
        return mvc.perform(raiseFor(ann).param("siblingGroup", "true"))
            .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void theFormOffersTheWholeSiblingGroupByNameOnlyForAChildWithSiblings() throws Exception {
        mvc.perform(get("/children/" + ann.id() + "/escalations/new").with(user(chair).roles(Roles.CHAIR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("name=\"siblingGroup\" type=\"checkbox\" value=\"true\"")))
            .andExpect(content().string(containsString("Raise for the whole sibling group ("
                    + ann.summary().fullName() + ", " + bob.summary().fullName() + ")")));
        ChildRecordView alone = childRecords.create(ChildFixture.aChild().input());
        mvc.perform(get("/children/" + alone.id() + "/escalations/new").with(user(chair).roles(Roles.CHAIR)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("siblingGroup"))));
    }

    @Test
    void tickingItRaisesOneEscalationListedOnItsPageAndOnEachSiblingsRecord() throws Exception {
        String page = raiseForTheGroup();
        assertThat(page).matches("/escalations/\\d+");

        mvc.perform(get(page).with(user(chair).roles(Roles.CHAIR)))
            .andExpect(content().string(containsString("Children (sibling group)")))
            .andExpect(content().string(containsString(ann.summary().fullName() + " (" + ann.summary().laChildId())))
            .andExpect(content().string(containsString(bob.summary().fullName() + " (" + bob.summary().laChildId())));
        for (ChildRecordView child : new ChildRecordView[] { ann, bob }) {
            mvc.perform(get("/children/" + child.id()).with(user(chair).roles(Roles.CHAIR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + page + "\"")))
                .andExpect(content().string(containsString("(for the sibling group of 2)")));
        }
        String list = mvc.perform(get("/escalations").with(user(chair).roles(Roles.CHAIR)))
            .andReturn().getResponse().getContentAsString();
        String row = list.substring(list.indexOf(ann.summary().lastName()));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains(bob.summary().fullName());
    }

    @Test
    void unTickedTheEscalationIsAboutTheOneChild() throws Exception {
        String page = mvc.perform(raiseFor(ann)).andExpect(status().is3xxRedirection()).andReturn().getResponse()
            .getRedirectedUrl();
        mvc.perform(get(page).with(user(chair).roles(Roles.CHAIR)))
            .andExpect(content().string(not(containsString(bob.summary().lastName()))));
        mvc.perform(get("/children/" + bob.id()).with(user(chair).roles(Roles.CHAIR)))
            .andExpect(content().string(not(containsString("href=\"" + page + "\""))));
    }

    @Test
    void aSiblingTheReaderMayNotSeeIsARestrictedRecordOnThePageAndTheOpenList() throws Exception {
        String page = raiseForTheGroup();
        int version = childRecords.view(new ChildId(bob.id()), chair).version();
        childRecords.changeAccess(new ChildId(bob.id()), version, true, Set.of(chair), chair, false);
        String manager = users.withRoles(Roles.IRO_MANAGER).username();

        mvc.perform(get(page).with(user(manager).roles(Roles.IRO_MANAGER)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(ann.summary().fullName())))
            .andExpect(content().string(containsString("Restricted record")))
            .andExpect(content().string(not(containsString(bob.summary().lastName()))))
            .andExpect(content().string(not(containsString(bob.summary().laChildId()))));
        mvc.perform(get("/escalations?raisedBy=all").with(user(manager).roles(Roles.IRO_MANAGER)))
            .andExpect(content().string(containsString(ann.summary().fullName())))
            .andExpect(content().string(not(containsString(bob.summary().lastName()))));
    }

    @Test
    void aSiblingGroupRequestForAChildWithNoGroupIsShownInTheErrorSummary() throws Exception {
        ChildRecordView alone = childRecords.create(ChildFixture.aChild().input());
        mvc.perform(raiseFor(alone).param("siblingGroup", "true"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<title>Error: ")))
            .andExpect(content().string(containsString("href=\"#siblingGroup\">The child is not in a sibling group")))
            .andExpect(content().string(containsString("id=\"siblingGroup\"")));
    }
}
