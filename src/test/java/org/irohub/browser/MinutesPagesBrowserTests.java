package org.irohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.irohub.identity.Roles;
import org.irohub.protection.minutes.MinutesFixtures;
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

/** Business support's minutes list, the minutes on a conference and a chair's own page in a real browser, checked by axe. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MinutesPagesBrowserTests {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MinutesFixtures fixtures;

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
    void businessSupportFindsOverdueMinutesAndARefusedStepIsExplainedAccessibly() {
        long conference = fixtures.heldBeforeChristmas2016(null);
        var support = users.withRoles(Roles.BUSINESS_SUPPORT);
        Browser b = browser().signIn(support.username(), support.password());

        b.go("/minutes?overdue=yes");
        assertThat(b.heading()).isEqualTo("Minutes");
        assertThat(b.all(By.cssSelector("#minutes-due a[href='/conferences/" + conference + "#minutes']"))).hasSize(2);
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("minutes-list");

        b.clickAndWaitForPage(By.cssSelector("#minutes-due a[href='/conferences/" + conference + "#minutes']"));
        assertThat(b.text(By.id("minutes"))).contains("Decision letter and minutes").contains("28 December 2016");
        assertThat(b.accessibilityViolations()).isEmpty();

        b.type("decisionLetterSent", "22").type("decisionLetterSent-month", "12").type("decisionLetterSent-year", "2016")
            .clickAndWaitForPage(By.id("record-decision-letter-sent"));
        assertThat(b.title()).startsWith("Error:");
        assertThat(b.all(By.cssSelector(".govuk-error-summary a[href='#decisionLetterSent']"))).hasSize(1);
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("minutes-step-refused");
    }

    @Test
    void aChairSeesTheirConferencesAccessibly() {
        var chair = users.withRoles(Roles.CHAIR);
        long chairId = fixtures.chairFor(chair.username());
        fixtures.booked(fixtures.childBornOn(LocalDate.now().minusYears(8)), LocalDate.now().minusDays(1), chairId,
                LocalDate.now().plusDays(3));
        fixtures.heldBeforeChristmas2016(chairId);
        Browser b = browser().signIn(chair.username(), chair.password());

        b.go("/my-conferences");
        assertThat(b.heading()).isEqualTo("My conferences");
        assertThat(b.text(By.id("contacts"))).contains("Contact to record");
        assertThat(b.text(By.id("upcoming-conferences"))).contains("Booked for");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("my-conferences");
    }
}
