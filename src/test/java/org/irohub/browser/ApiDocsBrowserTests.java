package org.irohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

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
class ApiDocsBrowserTests {

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
    void swaggerUiRendersTheOperationsUnderTheContentSecurityPolicy() {
        browser = Browser.open(port);
        var chair = users.withRoles("CHAIR");
        browser.signIn(chair.username(), chair.password()).go("/swagger-ui.html");

        browser.waitFor(By.cssSelector(".opblock"), Duration.ofSeconds(20));
        browser.screenshot("swagger-ui");
        assertThat(browser.text(By.tagName("body"))).contains("/api/audit/verify");
    }
}
