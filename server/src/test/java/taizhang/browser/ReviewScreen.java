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
