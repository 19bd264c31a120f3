package taizhang.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The ledger page: its filter form and the results table htmx refreshes. */
public final class LedgerScreen {

    private final Browser browser;

    public LedgerScreen(Browser browser) {
        this.browser = browser;
        browser.open("/ledger");
    }

    public LedgerScreen chooseCampaign(String name) {
        WebElement table = browser.find(By.id("ledger-table"));
        new Select(browser.find(By.id("f-campaign"))).selectByVisibleText(name);
        browser.waitForStale(table);
        return this;
    }

    public LedgerScreen search(String keyword) {
        WebElement table = browser.find(By.id("ledger-table"));
        WebElement q = browser.find(By.id("f-q"));
        q.clear();
        q.sendKeys(keyword);
        browser.find(By.cssSelector("#filters button[type=submit]")).click();
        browser.waitForStale(table);
        return this;
    }

    public List<String> titles() {
        return browser.find(By.id("ledger-table")).findElements(By.cssSelector("td.title a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public String url() {
        return browser.driver().getCurrentUrl();
    }
}
