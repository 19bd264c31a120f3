package taizhang.browser;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** One measure's page, with the office's moves. */
public final class MeasureScreen {

    private final Browser browser;

    public MeasureScreen(Browser browser, long measureId) {
        this.browser = browser;
        browser.open("/measures/" + measureId);
    }

    public String status() {
        return browser.find(By.id("measure-status")).getText();
    }

    /** Types the reason, clicks 重新打开 and confirms, then waits for the page to come back. */
    public MeasureScreen reopen(String reason) {
        WebElement status = browser.find(By.id("measure-status"));
        browser.find(By.id("move-reopen-reason")).sendKeys(reason);
        browser.find(By.cssSelector("button.move-reopen")).click();
        browser.confirm();
        browser.waitForStale(status);
        return this;
    }

    public String reopenedTag() {
        return browser.find(By.id("measure-reopened")).getText();
    }

    /** Each unit's 签收 state as the page shows it: unit, part, state. */
    public List<String> signStates() {
        return browser.find(By.id("sign-states")).findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.findElement(By.cssSelector("th")).getText() + " "
                        + row.findElements(By.cssSelector("td")).get(0).getText() + " "
                        + row.findElement(By.cssSelector(".sign-state"))
                                .getText()
                                .replaceAll("（.*", ""))
                .toList();
    }

    /**
     * Fills the extension form and submits it; the date is set as the input's value, which does not
     * depend on the browser's locale.
     */
    public MeasureScreen askExtension(LocalDate to, String reason) {
        WebElement form = browser.find(By.id("extension-form"));
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1]", form.findElement(By.id("extension-date")), to.toString());
        form.findElement(By.id("extension-reason")).sendKeys(reason);
        form.findElement(By.id("extension-submit")).click();
        browser.waitForStale(form);
        browser.find(By.id("extensions"));
        return this;
    }

    /** The extension requests listed, newest first: status and requested deadline. */
    public List<String> extensionRequests() {
        return browser.find(By.id("extension-requests")).findElements(By.cssSelector("li.extension-request")).stream()
                .map(li -> li.findElement(By.cssSelector(".extension-status")).getText())
                .toList();
    }

    public String deadline() {
        return browser.find(By.id("measure-deadline")).getText();
    }

    public String originalDeadline() {
        return browser.find(By.id("measure-original-deadline")).getText();
    }
}
