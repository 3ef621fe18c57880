package org.irohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.irohub.interchange.CensusVolume;
import org.irohub.support.Browser;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CensusImportBrowserTests {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @TempDir
    Path dir;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The DfE sample's two children, with ids IRO Hub can hold, after a few thousand ordinary ones. */
    Path aSampleLikeReturn() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 100_000L, 36).toUpperCase();
        String sample = Files.readString(Path.of(getClass().getResource("/interchange/sample-CIN_Census_2026.xml").toURI()))
            .replace("DfEX0000001", "SMPA" + suffix).replace("child_fails_assessments", "SMPB" + suffix);
        String sampleChildren = sample.substring(sample.indexOf("<Child>"), sample.lastIndexOf("</Children>"));
        Path volume = CensusVolume.write(dir.resolve("volume.xml"), 4_000, "B" + suffix + "-", LocalDate.of(2024, 3, 31));
        String xml = Files.readString(volume).replace("</Children>", sampleChildren + "</Children>");
        return Files.writeString(dir.resolve("sample-like-return.xml"), xml, StandardCharsets.UTF_8);
    }

    @Test
    void aManagerUploadsAReturnWatchesItsProgressAndReadsTheSummaryAndFindings() throws Exception {
        Path file = aSampleLikeReturn();
        browser = Browser.open(port);
        TestUsers.Credentials manager = users.withRoles("IRO_MANAGER");
        browser.signIn(manager.username(), manager.password()).go("/imports");
        assertThat(browser.heading()).isEqualTo("CIN census");
        assertThat(browser.accessibilityViolations()).as("imports page").isEmpty();

        browser.clickAndWaitForPage(By.id("import"));
        assertThat(browser.title()).startsWith("Error: ");
        assertThat(browser.text(By.className("govuk-error-summary"))).contains("Select a CIN census XML file");
        assertThat(browser.accessibilityViolations()).as("imports page with an error").isEmpty();

        browser.all(By.id("file")).get(0).sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWaitForPage(By.id("import"));
        assertThat(browser.path()).matches("/imports/\\d+");
        if (!browser.all(By.id("progress-bar")).isEmpty()) {
            assertThat(browser.accessibilityViolations()).as("import in progress").isEmpty();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline && !browser.all(By.id("progress-text")).isEmpty()
                    && browser.text(By.id("progress-text")).startsWith("0%")) {
                Thread.sleep(100);
            }
            browser.screenshot("cin-census-import-progress");
        }

        browser.waitFor(By.id("summary"), Duration.ofSeconds(120));
        assertThat(browser.text(By.id("main-content"))).contains("Completed", "What the return held");
        assertThat(browser.text(By.id("summary"))).contains("Children 4002 4002");
        assertThat(browser.text(By.id("findings"))).contains("IRO-UPN", "2884", "SMPA");
        browser.screenshot("cin-census-import-completed");
        assertThat(browser.accessibilityViolations()).as("completed import").isEmpty();

        browser.go("/imports");
        assertThat(browser.text(By.tagName("table"))).contains("sample-like-return.xml", manager.username(), "Completed");
        browser.screenshot("cin-census-imports");
    }
}
