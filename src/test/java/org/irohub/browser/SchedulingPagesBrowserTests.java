package org.irohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.irohub.children.internal.ChildRecords;
import org.irohub.identity.Roles;
import org.irohub.protection.ConferenceId;
import org.irohub.protection.StrategyDiscussionService;
import org.irohub.scheduling.SchedulingFixture;
import org.irohub.staff.internal.Chair;
import org.irohub.staff.internal.ChairService;
import org.irohub.staff.internal.Room;
import org.irohub.staff.internal.VenueService;
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

/**
 * A manager books a conference from the allocation page in a real browser, and axe finds no WCAG 2.2 A/AA
 * violations on the allocation page, the booking page (with and without errors) and the booking list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SchedulingPagesBrowserTests {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ChildRecords childRecords;

    @Autowired
    StrategyDiscussionService discussions;

    @Autowired
    ChairService chairs;

    @Autowired
    VenueService venues;

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
    void aManagerBooksAConferenceFromTheAllocationPageAndEveryPageIsAccessible() {
        SchedulingFixture fixture = new SchedulingFixture(childRecords, discussions, chairs, venues);
        ConferenceId icpc = fixture.anInitialConference(fixture.aChild("Alex"));
        Chair chair = fixture.aChair("Charlie Chair");
        Room room = fixture.aRoom("10");
        LocalDate tuesday = SchedulingFixture.aTuesdayAhead();
        var manager = users.withRoles(Roles.IRO_MANAGER);
        Browser b = browser().signIn(manager.username(), manager.password());

        b.go("/allocation");
        assertThat(b.heading()).isEqualTo("Allocation");
        assertThat(b.text(By.id("request-" + icpc.value()))).contains("Alex").contains("Overdue by");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("allocation");

        b.clickAndWaitForPage(By.id("book-" + icpc.value()));
        assertThat(b.heading()).isEqualTo("Book the initial conference");
        assertThat(b.accessibilityViolations()).isEmpty();

        b.clickAndWaitForPage(By.id("book"));
        assertThat(b.title()).startsWith("Error:");
        assertThat(b.all(By.cssSelector(".govuk-error-summary a[href='#chairId']"))).hasSize(1);
        assertThat(b.accessibilityViolations()).isEmpty();

        b.type("date", String.valueOf(tuesday.getDayOfMonth()))
            .type("date-month", String.valueOf(tuesday.getMonthValue()))
            .type("date-year", String.valueOf(tuesday.getYear()))
            .type("start", "10:00")
            .type("minuteTaker", "Pat Minutes");
        String radio = b.all(By.cssSelector("input[name=chairId][value='" + chair.getId() + "']")).get(0)
            .getAttribute("id");
        b.click(By.cssSelector("label[for='" + radio + "']"))
            .click(By.cssSelector("#roomId option[value='" + room.getId() + "']"))
            .clickAndWaitForPage(By.id("book"));

        assertThat(b.text(By.cssSelector(".govuk-notification-banner"))).contains("Conference booked")
            .contains(chair.getName());
        assertThat(b.heading()).isEqualTo("Rebook the initial conference");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("booking");

        b.go("/bookings");
        assertThat(b.text(By.id("booked-" + icpc.value()))).contains(chair.getName()).contains("10:00 to 11:30")
            .contains("Pat Minutes");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("bookings");
    }
}
