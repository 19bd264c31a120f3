package taizhang.browser;

import org.openqa.selenium.By;
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
}
