package taizhang.browser;

import org.openqa.selenium.By;

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
}
