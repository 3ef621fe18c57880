package org.irohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.irohub.support.Browser;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * One child from strategy discussion to first review, through the pages, as the people who do each step:
 * business support records the child and the discussion, the chair records each conference's outcome.
 * Every page on the way is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConferenceJourneyBrowserTests {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aChildGoesFromStrategyDiscussionToTheFirstReview() {
        browser = Browser.open(port);
        var support = users.withRoles("BUSINESS_SUPPORT");
        var chair = users.withRoles("CHAIR");
        String la = "J" + (System.nanoTime() % 100_000_000L);

        browser.signIn(support.username(), support.password()).go("/children/new");
        assertThat(browser.accessibilityViolations()).as("new child page").isEmpty();
        browser.type("laChildId", la).type("firstName", "Jordan").type("lastName", "Walker")
            .date("dateOfBirth", LocalDate.of(2011, 5, 14))
            .choose("sex")
            .clickAndWaitForPage(By.cssSelector("main form button[type=submit]"));
        String childPage = browser.path();
        assertThat(browser.heading()).contains("Jordan Walker");
        assertThat(browser.accessibilityViolations()).as("child page").isEmpty();

        browser.clickAndWaitForPage(By.linkText("Record a strategy discussion"));
        assertThat(browser.accessibilityViolations()).as("strategy discussion page").isEmpty();
        browser.date("date", LocalDate.of(2016, 12, 20)).choose("section47Started")
            .clickAndWaitForPage(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.heading()).isEqualTo("Initial conference");
        assertThat(browser.text(By.id("main-content"))).contains("13 January 2017");
        browser.screenshot("journey-icpc-requested");
        assertThat(browser.accessibilityViolations()).as("conference page (business support)").isEmpty();
        String conferencePage = browser.path();
        browser.signOut();

        browser.signIn(chair.username(), chair.password()).go(conferencePage);
        assertThat(browser.accessibilityViolations()).as("conference page with the outcome form").isEmpty();
        browser.date("heldOn", LocalDate.of(2017, 1, 16)).choose("planRequired").select("category", "NEG")
            .clickAndWaitForPage(By.id("record-outcome"));
        assertThat(browser.text(By.className("govuk-error-summary"))).contains("reason out of timescale");
        assertThat(browser.accessibilityViolations()).as("conference page with errors").isEmpty();
        browser.date("heldOn", LocalDate.of(2017, 1, 16)).choose("planRequired").select("category", "NEG")
            .choose("lateReasons-MISSING_REPORT")
            .clickAndWaitForPage(By.id("record-outcome"));
        assertThat(browser.text(By.className("govuk-notification-banner"))).contains("Next review requested, due 16 April 2017");

        browser.go(childPage);
        assertThat(browser.text(By.id("main-content"))).contains("Subject of a child protection plan since 16 January 2017")
            .contains("Review conference");
        browser.screenshot("journey-child-on-plan");
        browser.clickAndWaitForPage(By.linkText("Review conference"));
        browser.date("heldOn", LocalDate.of(2017, 4, 10)).choose("continuePlan").select("category", "EMO")
            .clickAndWaitForPage(By.id("record-outcome"));
        assertThat(browser.text(By.className("govuk-notification-banner"))).contains("Next review requested, due 10 October 2017");
        browser.screenshot("journey-first-review-held");

        browser.go(childPage);
        assertThat(browser.text(By.id("main-content"))).contains("Category changed").contains("Emotional abuse");
        assertThat(browser.accessibilityViolations()).as("child page with history").isEmpty();
    }
}
