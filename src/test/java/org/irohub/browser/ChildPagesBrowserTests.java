package org.irohub.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irohub.children.ChildFixture.aChild;

import org.irohub.children.ChildFixture;
import org.irohub.children.internal.ChildRecordView;
import org.irohub.children.internal.ChildRecords;
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

/** The child pages in a real browser: the error summary works and axe finds no WCAG 2.2 A/AA violations. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ChildPagesBrowserTests {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ChildRecords records;

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
    void anEmptyNewChildFormShowsTheErrorSummaryAndEveryPageIsAccessible() {
        var chair = users.withRoles("CHAIR");
        ChildFixture fixture = aChild().withNhsNumber("9434765919");
        ChildRecordView child = records.create(fixture.input());
        Browser b = browser().signIn(chair.username(), chair.password());

        b.go("/children/new").clickAndWaitForPage(By.cssSelector("main form button[type=submit]"));
        assertThat(b.title()).startsWith("Error:");
        assertThat(b.all(By.cssSelector(".govuk-error-summary a[href='#laChildId']"))).hasSize(1);
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("child-new-error");

        b.go("/children?name=" + fixture.lastName());
        assertThat(b.text(By.tagName("table"))).contains(fixture.lastName());
        assertThat(b.accessibilityViolations()).isEmpty();

        b.go("/children/" + child.id());
        assertThat(b.heading()).isEqualTo("Ann " + fixture.lastName());
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("child-page");

        b.go("/children/" + child.id() + "/edit");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.go("/children/" + child.id() + "/access");
        assertThat(b.accessibilityViolations()).isEmpty();
    }
}
