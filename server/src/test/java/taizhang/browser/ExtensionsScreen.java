package taizhang.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The office's 签收与延期 page for one campaign. */
public final class ExtensionsScreen {

    private final Browser browser;

    public ExtensionsScreen(Browser browser, long campaignId) {
        this.browser = browser;
        browser.open("/extensions?campaign=" + campaignId);
    }

    public String unsignedCount() {
        return browser.find(By.id("unsigned-count")).getText();
    }

    /** The pending requests, each as its measure's title and unit. */
    public List<String> pending() {
        return browser.driver().findElements(By.cssSelector("tr.pending-extension")).stream()
                .map(row -> row.findElement(By.cssSelector("td.title")).getText() + " "
                        + row.findElements(By.cssSelector("td")).get(2).getText())
                .toList();
    }

    /** Approves the request listed for the measure, with an opinion, and waits for the page to come back. */
    public ExtensionsScreen approve(String measureTitle, String opinion) {
        WebElement row = browser.driver().findElements(By.cssSelector("tr.pending-extension")).stream()
                .filter(r -> r.findElement(By.cssSelector("td.title")).getText().equals(measureTitle))
                .findFirst()
                .orElseThrow();
        row.findElement(By.cssSelector("input[id^=approve-reason]")).sendKeys(opinion);
        row.findElement(By.cssSelector("button.approve-button")).click();
        browser.waitForStale(row);
        browser.find(By.id("pending-extensions"));
        return this;
    }
}
