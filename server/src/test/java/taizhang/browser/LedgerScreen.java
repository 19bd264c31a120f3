package taizhang.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The ledger page: its filter form, the results table htmx refreshes, and the bulk assignment panel. */
public final class LedgerScreen {

    private final Browser browser;

    public LedgerScreen(Browser browser) {
        this(browser, "/ledger");
    }

    public LedgerScreen(Browser browser, String path) {
        this.browser = browser;
        browser.open(path);
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

    /** Clicks the column header's sort link (编号, 整改时限, 状态, 预警); htmx replaces the results. */
    public LedgerScreen sortBy(String column) {
        WebElement table = browser.find(By.id("ledger-table"));
        table.findElement(By.xpath(".//thead//a[starts-with(normalize-space(.), '" + column + "')]"))
                .click();
        browser.waitForStale(table);
        return this;
    }

    /** How the column header tells a screen reader its order: ascending, descending, or null. */
    public String sortState(String column) {
        return browser.find(By.id("ledger-table"))
                .findElement(By.xpath(".//thead//a[starts-with(normalize-space(.), '" + column + "')]"))
                .getAttribute("aria-sort");
    }

    /** Clicks the pager's link of that text (下一页, 上一页). */
    public LedgerScreen turn(String link) {
        WebElement table = browser.find(By.id("ledger-table"));
        browser.find(By.cssSelector("nav.pager")).findElement(By.linkText(link)).click();
        browser.waitForStale(table);
        return this;
    }

    /** The pager's links, as offered now. */
    public List<String> pagerLinks() {
        return browser.find(By.cssSelector("nav.pager")).findElements(By.tagName("a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The pager's text: the total and which page of how many rows. */
    public String pager() {
        return browser.find(By.cssSelector("nav.pager")).getText();
    }

    public String total() {
        return browser.find(By.id("ledger-total")).getText();
    }

    /** The rows' numbers (编号), top to bottom. */
    public List<String> codes() {
        return browser.find(By.id("ledger-table")).findElements(By.cssSelector("tbody td.num")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public String url() {
        return browser.driver().getCurrentUrl();
    }

    /** The filter's select, as the reader finds it now: enabled or not, and its options' texts. */
    public WebElement filterField(String id) {
        return browser.find(By.id(id));
    }

    public List<String> options(String selectId) {
        return new Select(browser.find(By.id(selectId)))
                .getOptions().stream().map(WebElement::getText).toList();
    }

    /** Ticks the measure's box in the results table. */
    public LedgerScreen tick(long measureId) {
        WebElement box = row(measureId).findElement(By.cssSelector("input[name=ids]"));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    public boolean ticked(long measureId) {
        return row(measureId).findElement(By.cssSelector("input[name=ids]")).isSelected();
    }

    /** Chooses in the bulk panel's select (牵头单位 b-lead, 类型 b-type) the option of that value. */
    public LedgerScreen choose(String selectId, String value) {
        new Select(browser.find(By.id(selectId))).selectByValue(value);
        browser.waitForIdle();
        return this;
    }

    /** Clicks 应用到所选 and confirms; returns the message shown. */
    public String applyBulk() {
        WebElement table = browser.find(By.id("ledger-table"));
        browser.find(By.id("bulk-submit")).click();
        browser.confirm();
        browser.waitForStale(table);
        return browser.find(By.id("ledger-message")).getText();
    }

    /** Clicks 应用到所选 and confirms when the server will refuse: the message beside the panel. */
    public String applyBulkRefused() {
        browser.find(By.id("bulk-submit")).click();
        browser.confirm();
        return browser.find(By.cssSelector("#bulk-feedback .alert-error")).getText();
    }

    /**
     * Clicks 应用到所选 in a browser without JavaScript: the form posts itself, the server asks on a
     * page of its own, 确定 is clicked and the ledger comes back; returns the question, then the message.
     */
    public List<String> applyBulkWithoutScript() {
        browser.click(browser.find(By.id("bulk-submit")));
        String question = browser.find(By.id("h-confirm")).getText();
        browser.click(browser.find(By.id("confirm-yes")));
        return List.of(question, browser.find(By.id("ledger-message")).getText());
    }

    public String lead(long measureId) {
        return row(measureId).findElement(By.cssSelector("td.lead")).getText();
    }

    public String type(long measureId) {
        return row(measureId).findElement(By.cssSelector("td.type")).getText();
    }

    private WebElement row(long measureId) {
        return browser.find(By.cssSelector("#ledger-table tr[data-measure='" + measureId + "']"));
    }
}
