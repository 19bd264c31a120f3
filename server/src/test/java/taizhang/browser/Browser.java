package taizhang.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver: no browser or driver is ever
 * downloaded. When either is missing the test fails with a message instead of being skipped,
 * so a CI machine without them cannot pass by accident.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final Path profile;
    private final boolean javascript;

    public Browser(String baseUrl) throws Exception {
        this(baseUrl, true);
    }

    /** With {@code javascript} false, as a reader whose browser runs no script: every form posts itself. */
    public Browser(String baseUrl, boolean javascript) throws Exception {
        for (String binary : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!new File(binary).canExecute()) {
                throw new IllegalStateException(binary + " is missing: apt-get install -y chromium chromium-driver");
            }
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        System.setProperty("SE_OFFLINE", "true");
        this.profile = Files.createTempDirectory("taizhang-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--lang=zh-CN",
                        "--user-data-dir=" + profile);
        if (!javascript) {
            options.setExperimentalOption(
                    "prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        // The console, so that a test can tell what the Content-Security-Policy refused.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.baseUrl = baseUrl;
        this.javascript = javascript;
    }

    /**
     * Sets the viewport to {@code width}×{@code height} CSS pixels as a phone shows it (the page's
     * viewport meta honoured, touch, no scrollbars taking width), or back to the 1366×768 desktop.
     */
    public void viewport(int width, int height) {
        ChromeDriver chrome = (ChromeDriver) driver;
        if (width >= 1024) {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
            driver.manage().window().setSize(new Dimension(width, height));
        } else {
            chrome.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
        }
    }

    /** How far the document is wider than the viewport, in CSS pixels (0 when it never scrolls sideways). */
    public long sidewaysOverflow() {
        Object over = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        return ((Number) over).longValue();
    }

    /** How far the page is scrolled down, in CSS pixels. */
    public long scrollY() {
        return ((Number) script("return window.scrollY;")).longValue();
    }

    /** Whether the whole element lies within the viewport, as the reader sees it without scrolling. */
    public boolean inView(WebElement element) {
        return Boolean.TRUE.equals(script(
                "var r = arguments[0].getBoundingClientRect();"
                        + " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;",
                element));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
        waitForIdle();
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public void waitUntilUrlContains(String part) {
        wait.until(ExpectedConditions.urlContains(part));
    }

    /**
     * Waits until the element is gone from the page (htmx replaced it, or a new page came) and the
     * page has settled.
     */
    public void waitForStale(WebElement element) {
        wait.until(d -> gone(element));
        waitForIdle();
    }

    /**
     * Clicks as a person does, then waits for the answer the click started: the next page loaded,
     * or htmx's answer swapped in. Reading the page straight after a click could otherwise read the
     * page the click is leaving.
     */
    public void click(WebElement target) {
        answer(target::click);
    }

    /**
     * Clicks, accepts the confirmation the page asks, then waits for the answer as {@link #click} does.
     * Without JavaScript a form that asks does so on a page of its own: 确定 there.
     */
    public void clickAndConfirm(WebElement target) {
        if (!javascript) {
            click(target);
            List<WebElement> yes = driver.findElements(By.id("confirm-yes"));
            if (!yes.isEmpty()) {
                click(yes.get(0));
            }
            return;
        }
        answer(() -> {
            target.click();
            confirm();
        });
    }

    private void answer(Runnable action) {
        if (!javascript) {
            WebElement page = driver.findElement(By.tagName("html"));
            action.run();
            waitForStale(page);
            return;
        }
        // A mark on this document and a count of htmx's answers: a new document has no mark; an
        // htmx answer raises the count (one that redirects keeps its request class until the next
        // page replaces this one).
        String mark = java.util.UUID.randomUUID().toString();
        Number before = (Number) script(
                "if (!window.tzAnswers) { window.tzAnswers = 0;"
                        + " document.addEventListener('htmx:afterRequest', function () { window.tzAnswers++; }); }"
                        + " document.documentElement.dataset.tzMark = arguments[0]; return window.tzAnswers;",
                mark);
        action.run();
        wait.until(d -> {
            try {
                return Boolean.TRUE.equals(script(
                        "return document.documentElement.dataset.tzMark !== arguments[0]"
                                + " || (window.tzAnswers > arguments[1] && !document.querySelector('.htmx-request'));",
                        mark,
                        before));
            } catch (org.openqa.selenium.WebDriverException leaving) {
                return false;
            }
        });
        waitForIdle();
    }

    /** Accepts the confirmation the page asks before a change. */
    public void confirm() {
        Alert alert = wait.until(ExpectedConditions.alertIsPresent());
        alert.accept();
    }

    /** Waits until the document is loaded and htmx has no request in flight. */
    public void waitForIdle() {
        if (!javascript) {
            return;
        }
        wait.until(d -> {
            try {
                return Boolean.TRUE.equals(script("return document.readyState === 'complete'"
                        + " && !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')"));
            } catch (org.openqa.selenium.WebDriverException leaving) {
                return false;
            }
        });
    }

    private Object script(String code, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(code, arguments);
    }

    /**
     * Whether the element has left the page. While a page is being replaced, chromedriver reports a
     * node of the departing document as "does not belong to the document" rather than as stale.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException stale) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Every message the page shows (the flash and those beside its parts), in page order. */
    public java.util.List<String> messages() {
        return driver.findElements(By.cssSelector("#flash .alert, main .alert")).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .toList();
    }

    /** What the console said since the last call that the Content-Security-Policy refused. */
    public java.util.List<String> cspViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    public void screenshot(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws Exception {
        driver.quit();
        org.springframework.util.FileSystemUtils.deleteRecursively(profile);
    }
}
