package org.irohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.irohub.children.ChildId;
import org.irohub.children.ChildRegistration;
import org.irohub.children.Sex;
import org.irohub.children.internal.SiblingGroupService;
import org.irohub.escalation.Closing;
import org.irohub.escalation.EscalationId;
import org.irohub.escalation.EscalationKind;
import org.irohub.escalation.EscalationService;
import org.irohub.escalation.NewEscalation;
import org.irohub.escalation.Stage;
import org.irohub.escalation.StageChange;
import org.irohub.escalation.StageContact;
import org.irohub.support.Browser;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EscalationPagesBrowserTests {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ChildRegistration registration;

    @Autowired
    EscalationService escalations;

    @Autowired
    SiblingGroupService siblingGroups;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void aChairRaisesEscalatesAndResolvesAQprForASiblingGroupWithNoWcag22Violations() {
        ChildId child = registration.register("ESC" + System.nanoTime() % 1_000_000, "Esme", "Escalate",
                LocalDate.now().minusYears(6), null, Sex.FEMALE);
        String samiLaChildId = "ESC" + System.nanoTime() % 1_000_000;
        ChildId sami = registration.register(samiLaChildId, "Sami", "Escalate", LocalDate.now().minusYears(4), null,
                Sex.MALE);
        LocalDate raised = LocalDate.now().minusDays(10);
        browser = Browser.reuseOrOpen(browser, port);
        var chair = users.withRoles("CHAIR");
        siblingGroups.addSibling(child, samiLaChildId, chair.username());
        browser.signIn(chair.username(), chair.password()).go("/escalations");
        assertThat(browser.heading()).isEqualTo("Open escalations");
        browser.screenshot("escalations");
        assertThat(browser.accessibilityViolations()).as("open escalations page").isEmpty();

        browser.go("/children/" + child.value());
        assertThat(browser.text(By.id("main-content"))).contains("No QPR or DRP raised");
        browser.clickAndWaitForPage(By.linkText("Raise an escalation"));
        assertThat(browser.heading()).isEqualTo("Raise an escalation");
        assertThat(browser.text(By.cssSelector("label[for=siblingGroup]")))
            .isEqualTo("Raise for the whole sibling group (Esme Escalate, Sami Escalate)");
        assertThat(browser.accessibilityViolations()).as("raise page").isEmpty();
        browser.clickAndWaitForPage(By.id("raise-escalation"));
        assertThat(browser.title()).startsWith("Error: ");
        assertThat(browser.text(By.className("govuk-error-summary"))).contains("Select QPR");
        browser.screenshot("escalation-raise-errors");
        assertThat(browser.accessibilityViolations()).as("raise page with errors").isEmpty();

        browser.choose("kind").select("agency", "HEALTH").select("theme", "DRIFT_AND_DELAY").date("raisedOn", raised)
            .type("description", "The health assessment is three months late").choose("siblingGroup");
        browser.clickAndWaitForPage(By.id("raise-escalation"));
        assertThat(browser.path()).matches("/escalations/\\d+");
        assertThat(browser.text(By.id("main-content"))).contains("QPR raised", "Health", "Drift and delay in the plan");
        assertThat(browser.text(By.id("children"))).contains("Esme Escalate", "Sami Escalate");
        assertThat(browser.heading()).isEqualTo("QPR: Informal");
        assertThat(browser.accessibilityViolations()).as("escalation page").isEmpty();

        // a date before the last action is refused and nothing is written
        browser.select("toStage", "STAGE_1").date("escalatedOn", raised.minusDays(1));
        browser.clickAndWaitForPage(By.id("escalate"));
        assertThat(browser.title()).startsWith("Error: ");
        assertThat(browser.text(By.className("govuk-error-summary"))).contains("on or after");
        assertThat(browser.heading()).isEqualTo("QPR: Informal");
        assertThat(browser.accessibilityViolations()).as("escalation page with errors").isEmpty();

        browser.select("toStage", "STAGE_1").date("escalatedOn", raised.plusDays(2)).type("withName", "Sam Lead")
            .type("withRole", "Designated nurse").type("withAgency", "Health");
        browser.clickAndWaitForPage(By.id("escalate"));
        assertThat(browser.heading()).isEqualTo("QPR: Stage 1");
        assertThat(browser.text(By.id("main-content"))).contains("Escalated to Stage 1", "Sam Lead, Designated nurse, Health");
        browser.screenshot("escalation-stage-1");
        assertThat(browser.accessibilityViolations()).as("escalation page at stage 1").isEmpty();

        // the response to the stage: refused without text, then recorded
        browser.date("respondedOn", raised.plusDays(3));
        browser.clickAndWaitForPage(By.id("record-response"));
        assertThat(browser.title()).startsWith("Error: ");
        assertThat(browser.text(By.className("govuk-error-summary"))).contains("Enter the response");
        browser.screenshot("escalation-response-errors");
        browser.go(browser.path() + "#respondedOn");
        browser.screenshot("escalation-response-form");
        assertThat(browser.accessibilityViolations()).as("response form with errors").isEmpty();
        browser.date("respondedOn", raised.plusDays(3)).type("response", "Nurse will complete the assessment this week");
        browser.clickAndWaitForPage(By.id("record-response"));
        assertThat(browser.text(By.id("main-content"))).contains("Response recorded",
                "Nurse will complete the assessment this week");
        assertThat(browser.accessibilityViolations()).as("escalation page with a response").isEmpty();

        browser.go("/children/" + child.value());
        assertThat(browser.text(By.id("main-content"))).contains("Stage 1, open");
        browser.go("/children/" + sami.value());
        assertThat(browser.text(By.id("main-content"))).contains("Stage 1, open", "for the sibling group of 2");
        browser.go("/escalations");
        assertThat(browser.text(By.id("main-content"))).contains("Esme Escalate", "Stage 1");
        assertThat(browser.accessibilityViolations()).as("open escalations page with a row").isEmpty();

        browser.clickAndWaitForPage(By.xpath("//a[contains(@href, '/escalations/') and contains(., 'Esme Escalate')]"));
        browser.date("resolvedOn", raised.plusDays(4)).type("resolution", "Assessment booked and held");
        browser.clickAndWaitForPage(By.id("resolve"));
        assertThat(browser.text(By.id("main-content"))).contains("Escalation resolved", "Resolved",
                "Assessment booked and held");
        assertThat(browser.all(By.id("resolve"))).isEmpty();
        browser.screenshot("escalation-resolved");
        assertThat(browser.accessibilityViolations()).as("resolved escalation page").isEmpty();
    }

    @Test
    void aManagerReadsTheWeeklyTrackerAndTheReportWithItsThemeChartWithNoWcag22Violations() {
        String chair = users.withRoles("CHAIR").username();
        LocalDate today = LocalDate.now();
        ChildId tom = registration.register("TRK" + System.nanoTime() % 1_000_000, "Tom", "Tracker",
                today.minusYears(9), null, Sex.MALE);
        ChildId tess = registration.register("TRK" + System.nanoTime() % 1_000_000, "Tess", "Tracker",
                today.minusYears(4), null, Sex.FEMALE);
        var late = escalations.raise(new NewEscalation(tom.value(), EscalationKind.QPR, today.minusDays(30),
                "CHILDRENS_SOCIAL_CARE", "DRIFT_AND_DELAY", "Plan drifting", Stage.STAGE_1, null,
                new StageContact("Sam Lead", "Team manager", "Children's social care")), chair);
        escalations.respond(late.getId(), new Closing(today.minusDays(28), "Core group to be rebooked"), chair);
        escalations.escalate(late.getId(), new StageChange(Stage.STAGE_2, today.minusDays(21), null,
                new StageContact("Jo Head", "Service manager", null)), chair);
        escalations.raise(new NewEscalation(tess.value(), EscalationKind.DRP, today, "CHILDRENS_SOCIAL_CARE",
                "REPORTS", "No social work report", null, null, null), chair);
        for (String theme : new String[] { "REPORTS", "NON_ATTENDANCE", "NON_ATTENDANCE", "PRACTICE_STANDARDS" }) {
            var e = escalations.raise(new NewEscalation(tess.value(), EscalationKind.QPR, today, "HEALTH", theme,
                    "Figures for the chart", null, null, null), chair);
            escalations.resolve(new EscalationId(e.getId().value()), new Closing(today, "Resolved"), chair);
        }

        browser = Browser.reuseOrOpen(browser, port);
        var manager = users.withRoles("IRO_MANAGER");
        browser.signIn(manager.username(), manager.password()).go("/escalations");
        assertThat(browser.accessibilityViolations()).as("open escalations for a manager").isEmpty();
        browser.clickAndWaitForPage(By.linkText("Weekly tracker for children's social care"));
        assertThat(browser.heading()).isEqualTo("Weekly escalation tracker");
        assertThat(browser.text(By.id("tracker"))).contains("Tom Tracker", "Stage 2", "with Jo Head, Service manager",
                "days overdue", "Core group to be rebooked", "Tess Tracker", "New");
        assertThat(browser.all(By.id("export")).get(0).getAttribute("href"))
            .endsWith("/api/escalations/tracker.xlsx?agency=CHILDRENS_SOCIAL_CARE");
        browser.screenshot("escalation-tracker");
        assertThat(browser.accessibilityViolations()).as("tracker page").isEmpty();
        browser.go("/escalations/tracker#tracker-caption");
        browser.screenshot("escalation-tracker-table");

        browser.go("/escalations/report");
        assertThat(browser.heading()).isEqualTo("Escalation reports");
        assertThat(browser.all(By.cssSelector("svg#theme-chart rect"))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(browser.text(By.id("theme-table"))).contains("Non-attendance at conferences or core groups");
        assertThat(browser.text(By.id("chair-table"))).contains("Test CHAIR");
        browser.screenshot("escalation-report");
        assertThat(browser.accessibilityViolations()).as("report page").isEmpty();
        browser.go("/escalations/report#by-quarter");
        browser.screenshot("escalation-report-table-8-3");
        browser.go("/escalations/report#by-theme");
        browser.screenshot("escalation-report-theme-chart");
        browser.go("/escalations/report#by-chair");
        browser.screenshot("escalation-report-by-chair");
        browser.go("/escalations/report?fromDay=1&fromMonth=4&fromYear=2020&toDay=1&toMonth=4&toYear=2022");
        assertThat(browser.title()).startsWith("Error: ");
        browser.screenshot("escalation-report-errors");
        assertThat(browser.accessibilityViolations()).as("report page with errors").isEmpty();

        browser.go("/escalations/lists/agencies");
        browser.screenshot("escalation-agencies");
        assertThat(browser.accessibilityViolations()).as("agencies page").isEmpty();
        browser.clickAndWaitForPage(By.id("add"));
        assertThat(browser.text(By.className("govuk-error-summary"))).contains("Enter the name");
        assertThat(browser.accessibilityViolations()).as("agencies page with errors").isEmpty();
        browser.go("/escalations/lists/themes/REPORTS");
        assertThat(browser.heading()).isEqualTo("Quality or absence of reports");
        browser.screenshot("escalation-theme-edit");
        assertThat(browser.accessibilityViolations()).as("theme edit page").isEmpty();

        var viewer = users.withRoles("PERFORMANCE_VIEWER");
        browser.forgetSession().signIn(viewer.username(), viewer.password()).go("/escalations/report");
        assertThat(browser.all(By.id("chair-table"))).isEmpty();
        assertThat(browser.text(By.id("main-content"))).doesNotContain("Tom Tracker");
        assertThat(browser.accessibilityViolations()).as("report page for a performance viewer").isEmpty();
    }
}
