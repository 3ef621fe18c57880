package org.irohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.irohub.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** What someone trying the README's run command sees: the demo users' passwords work and there is work to do. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:demo-browser;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({ "test", "demo" })
class DemoModeBrowserTests {

    static Browser browser;

    @LocalServerPort
    int port;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theDemoManagerSignsInWithTheReadmePasswordAndFindsAnIcpcToAllocate() {
        browser = Browser.open(port);
        browser.signIn("demo.manager", "demo manager harbour violet").go("/allocation");

        assertThat(browser.text(By.id("main-content"))).contains("Riley Hart").contains("Baby Noor");
        browser.screenshot("demo-allocation");
        assertThat(browser.accessibilityViolations()).as("allocation page in demo mode").isEmpty();

        browser.go("/children?name=Cole");
        browser.clickAndWaitForPage(By.partialLinkText("Cole, Ava"));
        assertThat(browser.text(By.id("main-content"))).contains("Emotional abuse").contains("Review conference");
        browser.screenshot("demo-child-over-a-year");
    }
}
