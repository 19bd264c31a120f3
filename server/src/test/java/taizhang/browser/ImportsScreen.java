package taizhang.browser;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** 导入报告: the upload form, the draft's review page with its inline edits, accept and discard. */
public final class ImportsScreen {

    private final Browser browser;

    /** Reached from the navigation. */
    public ImportsScreen(Browser browser) {
        this.browser = browser;
        browser.find(By.linkText("导入报告")).click();
        browser.waitForIdle();
        browser.find(By.id("upload-submit"));
    }

    /** Chooses the file, types the new campaign's name and the year, clicks 上传并生成草稿; returns the draft's id. */
    public long upload(Path file, String campaignName, int year) {
        browser.find(By.id("file")).sendKeys(file.toString());
        new Select(browser.find(By.id("campaignId"))).selectByValue("");
        browser.find(By.id("campaignName")).sendKeys(campaignName);
        browser.find(By.id("reportYear")).sendKeys(String.valueOf(year));
        browser.find(By.id("upload-submit")).click();
        browser.waitUntilUrlContains("/imports/");
        browser.find(By.id("draft-summary"));
        return Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/imports/(\\d+).*", "$1"));
    }

    public String summary() {
        return browser.find(By.id("draft-summary")).getText();
    }

    /** The draft's measures' keys, in order. */
    public List<String> measureKeys() {
        return browser.driver().findElements(By.cssSelector("article.draft-measure")).stream()
                .map(a -> a.getAttribute("data-m"))
                .toList();
    }

    /** A measure of the draft as the page shows it: title and facts. */
    public String measure(String key) {
        return browser.find(By.id("draft-" + key)).getText();
    }

    /** Retypes the measure's title and clicks its 改标题. */
    public ImportsScreen retitle(String key, String title) {
        WebElement field = browser.find(By.id("mt-" + key));
        field.clear();
        field.sendKeys(title);
        return send(field);
    }

    /** Chooses the lead unit and clicks 设单位. */
    public ImportsScreen lead(String key, String unit) {
        WebElement select = browser.find(By.id("ml-" + key));
        new Select(select).selectByVisibleText(unit);
        return send(select);
    }

    /** Types the leader, sets the deadline (as the input's value), clicks 设领导和时限. */
    public ImportsScreen duty(String key, String leader, LocalDate deadline) {
        WebElement field = browser.find(By.id("mdl-" + key));
        field.clear();
        field.sendKeys(leader);
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1]", browser.find(By.id("mdd-" + key)), deadline.toString());
        return send(field);
    }

    /** Clicks the measure's 删除 and confirms. */
    public ImportsScreen drop(String key) {
        WebElement button = browser.find(
                By.xpath("//article[@id='draft-" + key + "']//form[input[@name='op' and @value='DROP']]//button"));
        button.click();
        browser.confirm();
        browser.waitForStale(button);
        browser.find(By.id("draft-summary"));
        return this;
    }

    /** Clicks 确认写入台账 and confirms; the ledger of the new campaign opens. */
    public void accept() {
        browser.find(By.id("accept-draft")).click();
        browser.confirm();
        browser.waitUntilUrlContains("/ledger?campaign=");
        browser.find(By.id("ledger-table"));
    }

    /** Clicks 放弃草稿 and confirms; back on the list, returns the draft's row. */
    public String discard(long draftId) {
        browser.find(By.xpath("//form[contains(@action,'/discard')]//button")).click();
        browser.confirm();
        browser.waitUntilUrlContains("/imports");
        return browser.find(By.xpath("//a[@href='/imports/" + draftId + "']/ancestor::tr"))
                .getText();
    }

    /** Clicks the submit button of the inline form holding {@code field}; the page comes back at the item. */
    private ImportsScreen send(WebElement field) {
        WebElement button = field.findElement(By.xpath("ancestor::form//button[@type='submit']"));
        button.click();
        browser.waitForStale(button);
        browser.find(By.id("draft-summary"));
        return this;
    }
}
