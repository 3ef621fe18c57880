package org.irohub.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium from Debian ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}); nothing is
 * downloaded. Where Chromium is missing the browser tests are skipped, unless IROHUB_REQUIRE_BROWSER is set
 * (CI sets it, so a missing browser fails there instead of passing silently).
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String AXE_TAGS = "['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22a','wcag22aa']";

    private final WebDriver driver;
    private final String baseUrl;
    private final Path userDataDir;

    private Browser(String baseUrl) throws IOException {
        this.baseUrl = baseUrl;
        this.userDataDir = Files.createTempDirectory("irohub-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,1000",
                "--user-data-dir=" + userDataDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    public static Browser open(int port) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && System.getenv("IROHUB_REQUIRE_BROWSER") == null) {
            Assumptions.abort("Chromium is not installed (apt-get install chromium chromium-driver); browser tests skipped");
        }
        try {
            return new Browser("http://localhost:" + port);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets the session, so each test starts signed out whatever the one before it left behind. */
    /**
     * The test class's browser, signed out, or a new one when it has none yet: one Chromium per class, which its
     * {@code @AfterAll} closes. Opening a second would leave the first running after the tests.
     */
    public static Browser reuseOrOpen(Browser existing, int port) {
        return existing != null ? existing.forgetSession() : open(port);
    }

    public Browser forgetSession() {
        driver.manage().deleteAllCookies();
        return this;
    }

    public Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public Browser signIn(String username, String password) {
        go("/sign-in");
        type("username", username);
        type("password", password);
        return clickAndWaitForPage(By.id("sign-in"));
    }

    public Browser signOut() {
        return clickAndWaitForPage(By.cssSelector("form[action='/sign-out'] button"));
    }

    public Browser type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    public Browser choose(String id) {
        driver.findElement(By.id(id)).click();
        return this;
    }

    public Browser select(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
        return this;
    }

    /** Fills a GOV.UK date input whose day box has this id (month and year are {@code id-month}, {@code id-year}). */
    public Browser date(String id, java.time.LocalDate date) {
        type(id, String.valueOf(date.getDayOfMonth()));
        type(id + "-month", String.valueOf(date.getMonthValue()));
        return type(id + "-year", String.valueOf(date.getYear()));
    }

    public Browser click(By by) {
        driver.findElement(by).click();
        return this;
    }

    /**
     * Clicks something that loads a new page and waits until the old page is gone and the new one has
     * loaded, so the next check never reads the page being left (a busy CI machine makes that race real).
     */
    public Browser clickAndWaitForPage(By by) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        driver.findElement(by).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(d -> isGone(oldPage));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    /**
     * Chromium reports a page that has been replaced either as a stale element or, while the new one is being
     * built, as a node that "does not belong to the document"; both mean the old page is gone.
     */
    private static boolean isGone(WebElement oldPage) {
        try {
            oldPage.isEnabled();
            return false;
        }
        catch (WebDriverException e) {
            return true;
        }
    }

    public Browser waitFor(By by, Duration timeout) {
        new WebDriverWait(driver, timeout).until(ExpectedConditions.presenceOfElementLocated(by));
        return this;
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String text(By by) {
        return driver.findElement(by).getText();
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public String title() {
        return driver.getTitle();
    }

    /** WCAG 2.2 A and AA violations axe-core finds on the current page, one line each. */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityViolations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: %s } })
                  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                      + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));
                """.formatted(AXE_TAGS));
        return (List<String>) result;
    }

    /** Saves a PNG of the page under target/screenshots, for a person to look at. */
    public Path screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = dir.resolve(name + ".png");
            Files.copy(png.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(userDataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
