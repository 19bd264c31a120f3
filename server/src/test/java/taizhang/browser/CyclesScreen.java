package taizhang.browser;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The office's 调度周期 page of one campaign. */
public final class CyclesScreen {

    private final Browser browser;

    public CyclesScreen(Browser browser, long campaignId) {
        this.browser = browser;
        browser.open("/cycles?campaign=" + campaignId);
    }

    /**
     * Opens a cycle; returns the message beside the open form. The date is set as the input's value,
     * which does not depend on the browser's locale.
     */
    public String open(String period, LocalDate due) {
        fillOpen(period, due);
        return openMessage();
    }

    /** As {@link #open}, for a cycle the server refuses: returns the refusal beside the open form. */
    public String openRefused(String period, LocalDate due) {
        fillOpen(period, due);
        return browser.find(By.cssSelector("#cycle-open .feedback .alert-error"))
                .getText();
    }

    /** The message beside the open form. */
    public String openMessage() {
        return browser.find(By.cssSelector("#cycle-open .feedback .alert")).getText();
    }

    private void fillOpen(String period, LocalDate due) {
        WebElement form = browser.find(By.id("open-cycle"));
        WebElement field = form.findElement(By.name("period"));
        field.clear();
        field.sendKeys(period);
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1]", form.findElement(By.name("dueDate")), due.toString());
        browser.click(form.findElement(By.cssSelector("button[type=submit]")));
    }

    /** The units listed with reports still owed, by name. */
    public List<String> unitsOwing() {
        return browser.find(By.id("unit-tallies")).findElements(By.cssSelector("tbody tr")).stream()
                .filter(row ->
                        !row.findElements(By.cssSelector("td")).get(3).getText().equals("0"))
                .map(row -> row.findElement(By.cssSelector("th")).getText())
                .toList();
    }

    /** Clicks 关闭本期 and confirms; returns the message beside the cycle shown. */
    public String close() {
        return click(browser.find(By.id("close-cycle")), true);
    }

    public String status() {
        return browser.find(By.cssSelector(".cycle-status")).getText();
    }

    /** Clicks 催报 on the unit's row; returns the message beside it in the row. */
    public String remind(long orgId) {
        browser.click(browser.find(By.cssSelector("#unit-" + orgId + " button")));
        return browser.find(By.cssSelector("#unit-" + orgId + " .feedback .alert"))
                .getText();
    }

    /** Clicks 催报全部未报单位; returns the message beside the cycle shown. */
    public String remindAll() {
        return click(browser.find(By.id("remind-all")), false);
    }

    /** Clicks 催报全部逾期单位, offered once the cycle is past its due date; returns the message beside the cycle shown. */
    public String remindLate() {
        return click(browser.find(By.id("remind-late")), false);
    }

    /** The cycle's 已逾期 tag, or null while it is not past due. */
    public String overdueTag() {
        List<WebElement> tag = browser.driver().findElements(By.cssSelector("#cycle-panel .meta .tag-red"));
        return tag.isEmpty() ? null : tag.get(0).getText();
    }

    /** The unit's 最近催报 day as the row shows it (empty when never reminded). */
    public String lastReminded(long orgId) {
        return browser.find(By.cssSelector("#unit-" + orgId))
                .findElements(By.tagName("td"))
                .get(4)
                .getText();
    }

    /** Types the reason, clicks 重新开启 and confirms; returns the message beside the cycle shown. */
    public String reopen(String reason) {
        browser.find(By.id("reopen-reason")).sendKeys(reason);
        return click(browser.find(By.id("reopen-cycle")), true);
    }

    /** The message beside the cycle shown. */
    public String cycleMessage() {
        return browser.find(By.cssSelector(".cycle-shown .feedback .alert")).getText();
    }

    private String click(WebElement button, boolean confirm) {
        if (confirm) {
            browser.clickAndConfirm(button);
        } else {
            browser.click(button);
        }
        return cycleMessage();
    }
}
