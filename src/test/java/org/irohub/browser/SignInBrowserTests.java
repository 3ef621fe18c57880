package org.irohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInBrowserTests {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

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
    void adminSignsInSeesTheirHomePageAndSignsOut() {
        var admin = users.withRoles("ADMIN");
        Browser b = browser().signIn(admin.username(), admin.password());

        assertThat(b.path()).isEqualTo("/");
        assertThat(b.heading()).isEqualTo("Home");
        assertThat(b.text(By.id("main-content"))).contains("Administration");
        assertThat(b.text(By.className("govuk-header"))).contains("IRO Hub").contains(admin.username());
        b.screenshot("home-admin");

        b.signOut();
        assertThat(b.path()).startsWith("/sign-in");
        b.go("/");
        assertThat(b.path()).startsWith("/sign-in");
    }

    @Test
    void wrongPasswordShowsTheErrorSummaryLinkedToTheUsername() {
        var chair = users.withRoles("CHAIR");
        Browser b = browser().signIn(chair.username(), "not the password at all");

        assertThat(b.path()).isEqualTo("/sign-in?error");
        assertThat(b.text(By.className("govuk-error-summary"))).contains("There is a problem")
            .contains("Enter a correct username and password");
        assertThat(b.all(By.cssSelector(".govuk-error-summary a[href='#username']"))).hasSize(1);
        assertThat(b.title()).startsWith("Error:");
        b.screenshot("sign-in-error");
    }

    @Test
    void signInHomeAndUserAdminPagesHaveNoWcag22Violations() {
        Browser b = browser().go("/sign-in");
        b.screenshot("sign-in");
        assertThat(b.accessibilityViolations()).as("sign-in page").isEmpty();

        var admin = users.withRoles("ADMIN");
        b.signIn(admin.username(), admin.password());
        assertThat(b.accessibilityViolations()).as("home page").isEmpty();

        b.go("/admin/users");
        b.screenshot("users");
        assertThat(b.accessibilityViolations()).as("user list").isEmpty();

        b.go("/admin/users/new");
        b.type("username", "x").clickAndWaitForPage(By.cssSelector("form[action='/admin/users'] button[type=submit]"));
        assertThat(b.text(By.className("govuk-error-summary"))).contains("There is a problem");
        b.screenshot("user-new-error");
        assertThat(b.accessibilityViolations()).as("create user page with errors").isEmpty();

        b.signOut();
    }
}
