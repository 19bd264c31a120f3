package taizhang.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The dashboard of one campaign. */
public final class DashboardScreen {

    private final Browser browser;

    public DashboardScreen(Browser browser, long campaignId) {
        this.browser = browser;
        browser.open("/dashboard?campaign=" + campaignId);
    }

    /** The 总体完成率 figure as shown, e.g. {@code 50.00%}. */
    public String overallRate() {
        return browser.find(By.id("overall-rate")).getText();
    }

    /** The line saying when the figures were counted, e.g. {@code 数据统计于 09:31:05}. */
    public String countedAt() {
        return browser.find(By.id("freshness")).getText();
    }

    public boolean chartsDrawn() {
        return !browser.driver()
                .findElements(By.cssSelector("[data-chart] svg"))
                .isEmpty();
    }

    /** Clicks 查看 beside the campaign chosen: the page again, as a reader comes back to it. */
    public DashboardScreen showAgain() {
        WebElement form = browser.find(By.cssSelector("form[action='/dashboard']"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForStale(form);
        return this;
    }

    /** The note that newer figures are being counted, or null when the figures are the latest. */
    public String recountNote() {
        List<WebElement> note = browser.driver().findElements(By.cssSelector("#freshness .refreshing"));
        return note.isEmpty() ? null : note.get(0).getText();
    }

    /** Clicks the note's 稍后刷新. */
    public DashboardScreen refreshLater() {
        WebElement link = browser.find(By.linkText("稍后刷新"));
        link.click();
        browser.waitForStale(link);
        return this;
    }

    /** The number of finished measures, as 总体完成率's note counts them. */
    public String finishedCount() {
        return browser.find(By.id("finished-count")).getText();
    }
}
