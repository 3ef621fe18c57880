package org.irohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.irohub.staff.internal.Chair;
import org.irohub.staff.internal.ChairDetails;
import org.irohub.staff.internal.ChairService;
import org.irohub.staff.internal.Room;
import org.irohub.staff.internal.RoomInput;
import org.irohub.staff.internal.Venue;
import org.irohub.staff.internal.VenueDetails;
import org.irohub.staff.internal.VenueService;
import org.irohub.support.Browser;
import org.irohub.support.MovableClock;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * One child from strategy discussion to first review, through the pages, as the people who do each step:
 * business support records the child and the discussion, the manager books the conference from the
 * allocation page, the chair records each conference's outcome. The application's clock is moved to the day
 * of each step. Every page on the way is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConferenceJourneyBrowserTests {

    @TestConfiguration
    static class Winter2016 {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(LocalDateTime.of(2016, 12, 20, 15, 0));
        }
    }

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MovableClock clock;

    @Autowired
    ChairService chairs;

    @Autowired
    VenueService venues;

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
        var manager = users.withRoles("IRO_MANAGER");
        var chair = users.withRoles("CHAIR");
        Chair chairRecord = chairs.create(ChairDetails.parse("Jo Chair " + (System.nanoTime() % 10_000), chair.username(),
                "IRO Team", "1.0", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), "3"));
        Venue civic = venues.create(VenueDetails.parse("Civic Centre " + (System.nanoTime() % 10_000), "IN_PERSON",
                "Burdon Road", true, true, null));
        Room room = venues.addRoom(civic.getId(), new RoomInput("Family room", "12", true, false, true));
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
        String conferenceId = conferencePage.substring(conferencePage.lastIndexOf('/') + 1);
        browser.signOut();

        clock.setTo(LocalDateTime.of(2016, 12, 21, 9, 0));
        browser.signIn(manager.username(), manager.password()).go("/allocation");
        assertThat(browser.text(By.id("request-" + conferenceId))).contains("Jordan Walker");
        assertThat(browser.accessibilityViolations()).as("allocation page").isEmpty();
        browser.clickAndWaitForPage(By.id("book-" + conferenceId));
        browser.date("date", LocalDate.of(2017, 1, 12)).type("start", "10:00").type("minuteTaker", "Pat Minutes");
        String radio = browser.all(By.cssSelector("input[name=chairId][value='" + chairRecord.getId() + "']")).get(0)
            .getAttribute("id");
        browser.click(By.cssSelector("label[for='" + radio + "']"))
            .select("roomId", String.valueOf(room.getId()))
            .clickAndWaitForPage(By.id("book"));
        assertThat(browser.text(By.className("govuk-notification-banner"))).contains("Conference booked");
        browser.screenshot("journey-booked");
        assertThat(browser.accessibilityViolations()).as("booking page").isEmpty();
        browser.signOut();

        clock.setTo(LocalDateTime.of(2017, 1, 16, 17, 0));
        browser.signIn(chair.username(), chair.password()).go("/my-conferences");
        assertThat(browser.text(By.id("main-content"))).contains("Jordan Walker");
        assertThat(browser.accessibilityViolations()).as("my conferences").isEmpty();
        browser.go(conferencePage);
        assertThat(browser.accessibilityViolations()).as("conference page with the outcome form").isEmpty();
        browser.date("heldOn", LocalDate.of(2017, 1, 16)).choose("planRequired").select("category", "NEG")
            .clickAndWaitForPage(By.id("record-outcome"));
        assertThat(browser.text(By.className("govuk-error-summary"))).contains("reason out of timescale");
        assertThat(browser.accessibilityViolations()).as("conference page with errors").isEmpty();
        browser.date("heldOn", LocalDate.of(2017, 1, 16)).choose("planRequired").select("category", "NEG")
            .choose("lateReasons-MISSING_REPORT")
            .clickAndWaitForPage(By.id("record-outcome"));
        assertThat(browser.text(By.className("govuk-notification-banner"))).contains("Next review requested, due 16 April 2017");

        clock.setTo(LocalDateTime.of(2017, 4, 10, 17, 0));
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
