package org.irohub.children.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.irohub.children.ChildFixture.aChild;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.irohub.children.ChildDirectory;
import org.irohub.children.ChildFixture;
import org.irohub.children.internal.ChildRecordView;
import org.irohub.children.internal.ChildRecords;
import org.irohub.identity.Roles;
import org.irohub.support.IroHubTest;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IroHubTest
@AutoConfigureMockMvc
class ChildPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ChildRecords records;

    @Autowired
    ChildDirectory directory;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    private static MockHttpServletRequestBuilder asChair(MockHttpServletRequestBuilder request) {
        return request.with(user("page-chair").roles(Roles.CHAIR)).with(csrf());
    }

    private static MockHttpServletRequestBuilder newChildForm(String laChildId, String lastName) {
        return post("/children").param("laChildId", laChildId)
            .param("firstName", "Pat")
            .param("lastName", lastName)
            .param("dateOfBirthDay", "31")
            .param("dateOfBirthMonth", "3")
            .param("dateOfBirthYear", "2019")
            .param("sex", "MALE")
            .param("nhsNumber", "943 476 5919");
    }

    @Test
    void recordingAChildRedirectsToItsPageWithAMessage() throws Exception {
        ChildFixture fixture = aChild();
        mvc.perform(asChair(newChildForm(fixture.laChildId(), fixture.lastName())))
            .andExpect(redirectedUrlPattern("/children/*"))
            .andExpect(flash().attribute("flash", "Record for Pat " + fixture.lastName() + " created"));
    }

    @Test
    void aRefusedFormShowsTheErrorSummaryLinkedToTheFieldKeepsWhatWasTypedAndWritesNothing() throws Exception {
        ChildFixture fixture = aChild();
        mvc.perform(asChair(newChildForm(fixture.laChildId(), fixture.lastName()).param("nhsNumber", "943 476 5918")
                .param("dateOfBirthDay", "30").param("dateOfBirthMonth", "2")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<title>Error: Record a child")))
            .andExpect(content().string(containsString("There is a problem")))
            .andExpect(content().string(containsString("href=\"#nhsNumber\"")))
            .andExpect(content().string(containsString("href=\"#dateOfBirth\"")))
            .andExpect(content().string(containsString("Date of birth must be a real date")))
            .andExpect(content().string(containsString("value=\"" + fixture.lastName() + "\"")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM child WHERE la_child_id = :id").param("id", fixture.laChildId())
            .query(Long.class).single()).isZero();
    }

    @Test
    void theChildPageShowsDetailsSiblingsAndSectionsFromOtherModules() throws Exception {
        ChildRecordView child = records.create(aChild().withNhsNumber("9434765919").input());
        ChildRecordView sibling = records.create(aChild().named("Sib", "Ling").input());
        mvc.perform(asChair(post("/children/" + child.id() + "/siblings").param("sibling", sibling.summary().laChildId())))
            .andExpect(redirectedUrl("/children/" + child.id()))
            .andExpect(flash().attribute("flash", "Sib Ling added as a sibling"));

        mvc.perform(get("/children/" + child.id()).with(user("page-chair").roles(Roles.CHAIR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("943 476 5919")))
            .andExpect(content().string(containsString("Sib Ling")))
            .andExpect(content().string(containsString("Section from another module")))
            .andExpect(content().string(containsString("Conferences of child " + child.id())))
            .andExpect(content().string(containsString(child.summary().laChildId())));
    }

    @Test
    void addingAnUnknownSiblingShowsTheErrorOnTheChildPage() throws Exception {
        ChildRecordView child = records.create(aChild().input());
        mvc.perform(asChair(post("/children/" + child.id() + "/siblings").param("sibling", "NOSUCH0002")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"#sibling\"")))
            .andExpect(content().string(containsString("There is no child with LA child id NOSUCH0002")));
    }

    @Test
    void removingASiblingRedirectsBackToTheChild() throws Exception {
        ChildRecordView child = records.create(aChild().input());
        ChildRecordView sibling = records.create(aChild().input());
        mvc.perform(asChair(post("/children/" + child.id() + "/siblings").param("sibling", sibling.summary().laChildId())));

        mvc.perform(asChair(post("/children/" + child.id() + "/siblings/" + sibling.id() + "/remove")))
            .andExpect(redirectedUrl("/children/" + child.id()));
        assertThat(directory.siblingsOf(child.summary().id())).isEmpty();
    }

    @Test
    void aStaleEditIsRefusedKeepingWhatWasTypedAndTheOtherChange() throws Exception {
        ChildFixture fixture = aChild().named("Original", "Name");
        ChildRecordView child = records.create(fixture.input());
        records.update(child.summary().id(), child.version(),
                aChild().withLaChildId(fixture.laChildId()).named("Changed", "Meanwhile").input(), "someone");

        mvc.perform(asChair(post("/children/" + child.id() + "/edit").param("laChildId", fixture.laChildId())
                .param("firstName", "Mine")
                .param("lastName", "Typed")
                .param("dateOfBirthDay", "31").param("dateOfBirthMonth", "3").param("dateOfBirthYear", "2019")
                .param("sex", "FEMALE")
                .param("version", String.valueOf(child.version()))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Someone else changed this child&#39;s record")))
            .andExpect(content().string(containsString("value=\"Mine\"")));
        assertThat(directory.get(child.summary().id()).fullName()).isEqualTo("Changed Meanwhile");
    }

    @Test
    void anEditSavesAndRedirects() throws Exception {
        ChildFixture fixture = aChild();
        ChildRecordView child = records.create(fixture.input());
        mvc.perform(get("/children/" + child.id() + "/edit").with(user("page-chair").roles(Roles.CHAIR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

        mvc.perform(asChair(post("/children/" + child.id() + "/edit").param("laChildId", fixture.laChildId())
                .param("firstName", "New").param("lastName", "Name")
                .param("dateOfBirthDay", "1").param("dateOfBirthMonth", "4").param("dateOfBirthYear", "2019")
                .param("sex", "F").param("version", "0")))
            .andExpect(redirectedUrl("/children/" + child.id()));
        assertThat(directory.get(child.summary().id()).fullName()).isEqualTo("New Name");
    }

    @Test
    void theFindPageListsMatchesAndShowsAnErrorWhenNothingIsGiven() throws Exception {
        ChildFixture fixture = aChild();
        records.create(fixture.input());
        mvc.perform(get("/children").with(user("page-chair").roles(Roles.CHAIR)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("There is a problem"))));
        mvc.perform(get("/children").param("name", fixture.lastName()).with(user("page-chair").roles(Roles.CHAIR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(fixture.lastName() + ", Ann")));
        mvc.perform(get("/children").param("name", "").with(user("page-chair").roles(Roles.CHAIR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"#name\"")));
    }

    @Test
    void aRestrictedChildIsNotFoundForSomeoneNotNamedAndAuditedAsDenied() throws Exception {
        var named = users.withRoles(Roles.CHAIR);
        ChildRecordView child = records.create(aChild().input());
        records.changeAccess(child.summary().id(), child.version(), true, Set.of(named.username()), named.username(), false);

        mvc.perform(get("/children/" + child.id()).with(user("other-chair").roles(Roles.CHAIR)))
            .andExpect(status().isNotFound());
        mvc.perform(get("/children/" + child.id()).with(user(named.username()).roles(Roles.CHAIR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Restricted record")));
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE record_type = 'Child' AND record_id = :id AND outcome = 'DENIED'")
            .param("id", String.valueOf(child.id())).query(String.class).list()).contains("other-chair");
    }

    @Test
    void anAdministratorHandsOnARestrictedRecordFromTheAccessPage() throws Exception {
        var leaver = users.withRoles(Roles.CHAIR);
        var successor = users.withRoles(Roles.CHAIR);
        ChildRecordView child = records.create(aChild().named("Secret", "Child").input());
        var restricted = records.changeAccess(child.summary().id(), child.version(), true, Set.of(leaver.username()),
                leaver.username(), false);

        mvc.perform(get("/children/" + child.id() + "/access").with(user("an-admin").roles(Roles.ADMIN)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(leaver.username())))
            .andExpect(content().string(not(containsString("Secret"))));
        mvc.perform(post("/children/" + child.id() + "/access").with(user("an-admin").roles(Roles.ADMIN)).with(csrf())
                .param("version", String.valueOf(restricted.version()))
                .param("restricted", "true")
                .param("allowedUsers", successor.username()))
            .andExpect(redirectedUrl("/children/" + child.id() + "/access"));
        assertThat(directory.canAccess(child.summary().id(), successor.username())).isTrue();
    }

    @Test
    void performanceViewersAndAuditorsCannotOpenChildPages() throws Exception {
        mvc.perform(get("/children").with(user("pv").roles(Roles.PERFORMANCE_VIEWER))).andExpect(status().isForbidden());
        mvc.perform(get("/children/new").with(user("au").roles(Roles.AUDITOR))).andExpect(status().isForbidden());
    }
}
