package taizhang.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The office's review queue. */
public final class ReviewScreen {

    private final Browser browser;

    public ReviewScreen(Browser browser) {
        this.browser = browser;
        browser.open("/review");
    }

    /** The queue as filtered: the address's query, as the filter form puts it. */
    public ReviewScreen(Browser browser, String query) {
        this.browser = browser;
        browser.open("/review" + query);
    }

    /** Chooses the filters by value (an empty string for 全部) and the period, then 筛选. */
    public ReviewScreen filter(String campaign, String unit, String period) {
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("rf-campaign"))).selectByValue(campaign);
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("rf-unit"))).selectByValue(unit);
        WebElement field = browser.find(By.id("rf-period"));
        field.clear();
        field.sendKeys(period);
        WebElement queue = browser.find(By.cssSelector("#queue section"));
        browser.find(By.id("rf-submit")).click();
        browser.waitForStale(queue);
        return this;
    }

    /** The reports listed, by id. */
    public java.util.List<Long> listed() {
        return browser.driver().findElements(By.cssSelector("#queue article[id^='report-']")).stream()
                .map(a -> Long.parseLong(a.getAttribute("id").substring("report-".length())))
                .toList();
    }

    /** What a report's row says of it: unit · campaign · period · claim · time. */
    public String meta(long reportId) {
        return report(reportId).findElement(By.cssSelector(".meta")).getText();
    }

    /** Ticks these reports, clicks 审核通过所勾选的报告 and confirms; returns the message. */
    public String acceptTicked(java.util.List<Long> reportIds) {
        tick(reportIds);
        WebElement queue = browser.find(By.cssSelector("#queue section"));
        browser.find(By.id("batch-accept")).click();
        browser.confirm();
        browser.waitForStale(queue);
        return browser.find(By.id("review-message")).getText();
    }

    /**
     * Without JavaScript: ticks, clicks the batch button, reads the confirmation page's list, confirms,
     * and returns the list and then the message the queue shows.
     */
    public java.util.List<String> acceptTickedWithoutScript(java.util.List<Long> reportIds) {
        tick(reportIds);
        browser.click(browser.find(By.id("batch-accept")));
        java.util.List<String> said = new java.util.ArrayList<>(
                browser.find(By.id("confirm-list")).findElements(By.cssSelector("li")).stream()
                        .map(WebElement::getText)
                        .toList());
        browser.click(browser.find(By.id("batch-confirm-button")));
        said.add(browser.find(By.id("review-message")).getText());
        return said;
    }

    private void tick(java.util.List<Long> reportIds) {
        for (long id : reportIds) {
            WebElement box = report(id).findElement(By.cssSelector("input[name=ids]"));
            if (!box.isSelected()) {
                box.click();
            }
        }
    }

    /** 分层建账: accepts a report claiming done over open sub-measures, with the override reason. */
    public String acceptOverriding(long reportId, String reason) {
        WebElement card = report(reportId);
        card.findElement(By.name("overrideReason")).sendKeys(reason);
        card.findElement(By.cssSelector("button.accept")).click();
        return confirmed(card);
    }

    private WebElement report(long reportId) {
        return browser.find(By.id("report-" + reportId));
    }

    public String sendBack(long reportId, String reason) {
        WebElement card = report(reportId);
        card.findElement(By.name("reason")).sendKeys(reason);
        card.findElement(By.cssSelector("button.return")).click();
        return confirmed(card);
    }

    public String accept(long reportId) {
        WebElement card = report(reportId);
        card.findElement(By.cssSelector("button.accept")).click();
        return confirmed(card);
    }

    public String close(long measureId) {
        WebElement card = browser.find(By.id("measure-" + measureId));
        card.findElement(By.cssSelector("button.close-measure")).click();
        return confirmed(card);
    }

    private String confirmed(WebElement card) {
        browser.confirm();
        browser.waitForStale(card);
        return browser.find(By.id("review-message")).getText();
    }
}
