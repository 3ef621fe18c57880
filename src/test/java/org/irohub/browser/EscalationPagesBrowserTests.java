package org.irohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.irohub.children.ChildId;
import org.irohub.children.ChildRegistration;
import org.irohub.children.Sex;
import org.irohub.support.Browser;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
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

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aChairRaisesEscalatesAndResolvesAQprWithNoWcag22Violations() {
        ChildId child = registration.register("ESC" + System.nanoTime() % 1_000_000, "Esme", "Escalate",
                LocalDate.now().minusYears(6), null, Sex.FEMALE);
        LocalDate raised = LocalDate.now().minusDays(10);
        browser = Browser.open(port);
        var chair = users.withRoles("CHAIR");
        browser.signIn(chair.username(), chair.password()).go("/escalations");
        assertThat(browser.heading()).isEqualTo("Open escalations");
        browser.screenshot("escalations");
        assertThat(browser.accessibilityViolations()).as("open escalations page").isEmpty();

        browser.go("/children/" + child.value());
        assertThat(browser.text(By.id("main-content"))).contains("No QPR or DRP raised");
        browser.clickAndWaitForPage(By.linkText("Raise an escalation"));
        assertThat(browser.heading()).isEqualTo("Raise an escalation");
        assertThat(browser.accessibilityViolations()).as("raise page").isEmpty();
        browser.clickAndWaitForPage(By.id("raise-escalation"));
        assertThat(browser.title()).startsWith("Error: ");
        assertThat(browser.text(By.className("govuk-error-summary"))).contains("Select QPR");
        browser.screenshot("escalation-raise-errors");
        assertThat(browser.accessibilityViolations()).as("raise page with errors").isEmpty();

        browser.choose("kind").select("agency", "HEALTH").select("theme", "DRIFT_AND_DELAY").date("raisedOn", raised)
            .type("description", "The health assessment is three months late");
        browser.clickAndWaitForPage(By.id("raise-escalation"));
        assertThat(browser.path()).matches("/escalations/\\d+");
        assertThat(browser.text(By.id("main-content"))).contains("QPR raised", "Health", "Drift and delay in the plan");
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

        browser.go("/children/" + child.value());
        assertThat(browser.text(By.id("main-content"))).contains("Stage 1, open");
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
}
