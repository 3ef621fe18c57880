package org.irohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
class CalendarPagesBrowserTests {

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
    void anAdministratorSeesBankHolidaysAndTimescalesWithNoWcag22Violations() {
        browser = Browser.open(port);
        var admin = users.withRoles("ADMIN");
        browser.signIn(admin.username(), admin.password()).go("/admin/bank-holidays");

        assertThat(browser.text(By.id("main-content"))).contains("Boxing Day");
        browser.screenshot("bank-holidays");
        assertThat(browser.accessibilityViolations()).as("bank holidays page").isEmpty();

        browser.go("/settings/timescales");
        assertThat(browser.text(By.id("main-content"))).contains("15 working days");
        browser.screenshot("timescales");
        assertThat(browser.accessibilityViolations()).as("timescales page").isEmpty();
    }
}
