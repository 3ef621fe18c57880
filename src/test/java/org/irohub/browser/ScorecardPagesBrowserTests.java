package org.irohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.irohub.children.internal.ChildRecords;
import org.irohub.scorecard.ScorecardTestCases;
import org.irohub.support.Browser;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ScorecardPagesBrowserTests {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChildRecords childRecords;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aManagerReadsTheYearFollowsACountToTheChildrenWithNoWcag22Violations() {
        ScorecardTestCases.year1999(dataSource, jdbc, childRecords);
        var manager = users.withRoles("IRO_MANAGER");
        browser = Browser.reuseOrOpen(browser, port);
        browser.signIn(manager.username(), manager.password()).go("/scorecard");
        assertThat(browser.heading()).isEqualTo("Scorecard");
        assertThat(browser.accessibilityViolations()).as("scorecard, last month").isEmpty();

        // The list of years starts at 2012-13, England's first; an older year comes by address, then the form.
        browser.go("/scorecard?year=1999-00&part=Q4");
        browser.select("part", "YEAR").clickAndWaitForPage(By.id("show"));
        assertThat(browser.text(By.id("indicators"))).contains("Children on a plan at the end of the period", "46.2%",
                "Review conferences held", "No figure");
        assertThat(browser.all(By.cssSelector("#indicators svg[role=img]"))).isNotEmpty();
        browser.screenshot("scorecard-1999-00");
        assertThat(browser.accessibilityViolations()).as("scorecard, 1999-00").isEmpty();

        browser.clickAndWaitForPage(By.partialLinkText("14"));
        assertThat(browser.heading()).isEqualTo("Children on a plan at the end of the period");
        assertThat(browser.all(By.cssSelector("tbody tr"))).hasSize(14);
        browser.screenshot("scorecard-drilldown");
        assertThat(browser.accessibilityViolations()).as("drill-down").isEmpty();
    }

    @Test
    void aPerformanceViewerHasNoLinksToChildren() {
        var viewer = users.withRoles("PERFORMANCE_VIEWER");
        if (browser == null) {
            browser = Browser.reuseOrOpen(browser, port);
        }
        browser.forgetSession().signIn(viewer.username(), viewer.password()).go("/scorecard?year=1999-00&part=Q4");
        assertThat(browser.all(By.cssSelector("#indicators a"))).isEmpty();
        assertThat(browser.accessibilityViolations()).as("scorecard for a performance viewer").isEmpty();
    }
}
