package org.irohub.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irohub.children.ChildFixture.aChild;

import java.time.LocalDate;
import java.util.List;

import org.irohub.children.ChildId;
import org.irohub.children.internal.ChildRecords;
import org.irohub.protection.ConferenceId;
import org.irohub.protection.NewStrategyDiscussion;
import org.irohub.protection.StrategyDiscussionService;
import org.irohub.protection.participation.InviteeDetails;
import org.irohub.protection.participation.ParticipationService;
import org.irohub.support.Browser;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The participation section and forms in a real browser: they work, and axe finds no WCAG 2.2 A/AA violations. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ParticipationPagesBrowserTests {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ChildRecords children;

    @Autowired
    StrategyDiscussionService discussions;

    @Autowired
    ParticipationService participation;

    @BeforeAll
    static void noBrowserYet() {
        browser = null;
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Browser browser() {
        if (browser == null) {
            browser = Browser.open(port);
        }
        return browser.forgetSession();
    }

    @Test
    void theChairRecordsAttendanceAndSeesWhyTheConferenceIsNotQuorateOnAccessiblePages() {
        var chair = users.withRoles("CHAIR");
        var support = users.withRoles("BUSINESS_SUPPORT");
        long child = children.create(aChild().bornOn(LocalDate.of(2008, 4, 1)).input()).id();
        long conference = discussions.record(new ChildId(child),
                new NewStrategyDiscussion(LocalDate.of(2016, 12, 20), true, LocalDate.of(2016, 12, 21), List.of()),
                chair.username()).conference().getId();
        ConferenceId id = new ConferenceId(conference);
        participation.invite(id, null, InviteeDetails.of("Sam Worker", "AGENCY", "CHILDRENS_SOCIAL_CARE", "Social worker", true), chair.username());
        participation.invite(id, null, InviteeDetails.of("Hana Visitor", "AGENCY", "HEALTH_VISITOR", "Health visitor", true), chair.username());
        participation.invite(id, null, InviteeDetails.of("Pat Parent", "PARENT_CARER", null, null, null), chair.username());
        Browser b = browser().signIn(support.username(), support.password());
        // Business support: the conference page without the chair's outcome form, so axe judges the section itself.
        b.go("/conferences/" + conference);
        assertThat(b.text(By.id("participation-heading"))).isEqualTo("Participation");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.go("/conferences/" + conference + "/invitees");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.go("/conferences/" + conference + "/invitees/1");
        assertThat(b.accessibilityViolations()).isEmpty();

        b.signOut().signIn(chair.username(), chair.password());

        b.go("/conferences/" + conference + "/attendance");
        assertThat(b.heading()).isEqualTo("Attendance");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("participation-attendance");
        b.click(By.cssSelector("label[for='attendance-1']")).click(By.cssSelector("label[for='attendance-2']"))
            .click(By.cssSelector("label[for='attendance-3']"))
            .clickAndWaitForPage(By.id("save-attendance"));

        assertThat(b.path()).isEqualTo("/conferences/" + conference);
        assertThat(b.text(By.id("quorum-tag"))).isEqualTo("Not quorate");
        assertThat(b.text(By.tagName("main"))).contains("Only one other agency with direct contact attended: Health (health visitor)");
        b.screenshot("participation-section");

        b.go("/conferences/" + conference + "/quorum").clickAndWaitForPage(By.id("record-decision"));
        assertThat(b.title()).startsWith("Error:");
        assertThat(b.accessibilityViolations()).isEmpty();

        b.go("/conferences/" + conference + "/children/" + child + "/participation");
        assertThat(b.accessibilityViolations()).isEmpty();
    }
}
