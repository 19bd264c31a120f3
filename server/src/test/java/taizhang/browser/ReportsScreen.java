package taizhang.browser;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** 通报与台账: the Excel ledger out through its link and back in through the upload form. */
public final class ReportsScreen {

    private final Browser browser;

    public ReportsScreen(Browser browser, long campaignId) {
        this.browser = browser;
        browser.open("/reports?campaign=" + campaignId);
    }

    /**
     * The file behind the page's 导出台账 link, fetched in the page with the signed-in session (a
     * headless browser saves a download where the test cannot choose).
     */
    public byte[] ledgerSheet() {
        String href = browser.find(By.linkText("导出台账（Excel）")).getAttribute("href");
        Object base64 = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { return r.blob(); })
                    .then(function (blob) {
                        var reader = new FileReader();
                        reader.onload = function () { done(reader.result.split(',')[1]); };
                        reader.readAsDataURL(blob);
                    });""", href);
        return Base64.getDecoder().decode((String) base64);
    }

    /** Chooses the file in the import form, sends it, confirms, and returns the message beside the form. */
    public String importSheet(Path file) {
        WebElement form = browser.find(By.cssSelector("form.upload-form"));
        form.findElement(By.id("file")).sendKeys(file.toString());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.confirm();
        browser.waitForStale(form);
        return browser.find(By.cssSelector("#sheet-panel #report-message")).getText();
    }

    /** A line of the import's result: updated, added, unchanged or not-in-sheet. */
    public String result(String line) {
        return browser.find(By.id("import-" + line)).getText();
    }

    /** 内部事项: types the measure's 编号 (3-2), ticks or clears 内部事项, clicks 保存. */
    public ReportsScreen markInternal(String code, boolean internal) {
        WebElement form = fillInternal(code, internal);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForStale(form);
        return this;
    }

    /** The message beside the 内部事项 form. */
    public String internalMessage() {
        return browser.find(By.cssSelector("#notice-panel #internal-message")).getText();
    }

    /** As {@link #markInternal}, for a number the server refuses: returns the refusal shown beside the form. */
    public String markInternalRefused(String code) {
        WebElement form = fillInternal(code, true);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        return browser.find(By.cssSelector("#notice-panel .feedback .alert-error"))
                .getText();
    }

    /** The 编号 typed in the 内部事项 form. */
    public String internalMeasureTyped() {
        return browser.find(By.id("measure")).getAttribute("value");
    }

    private WebElement fillInternal(String code, boolean internal) {
        WebElement form = browser.find(By.id("internal-form"));
        WebElement number = form.findElement(By.id("measure"));
        number.clear();
        number.sendKeys(code);
        WebElement box = form.findElement(By.name("internal"));
        if (box.isSelected() != internal) {
            box.click();
        }
        return form;
    }

    /** The line naming the measures left out of the public version. */
    public String internalLine() {
        return browser.find(By.xpath("//p[contains(., '公开版不含标为内部事项的措施')]")).getText();
    }

    /** Ticks 公开版 in the notice form and clicks 查看通报; returns the notice as shown. */
    public String publicNotice() {
        WebElement form = browser.find(By.xpath("//form[@action='/reports/notice'][.//input[@name='asOf']]"));
        WebElement box = form.findElement(By.name("public"));
        if (!box.isSelected()) {
            box.click();
        }
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForStale(form);
        return browser.find(By.tagName("article")).getText();
    }

    /** 完成情况 按日期: sets the day (as the input's value, which does not depend on the browser's locale), clicks 查看. */
    public ReportsScreen statisticsOn(LocalDate day) {
        WebElement form = browser.find(By.id("as-of-day-form"));
        setDate(form.findElement(By.id("statsAsOf")), day);
        return submit(form);
    }

    /** 完成情况 按已关闭的调度周期或季度: chooses the cycle by its name (当前台账: the ledger now), clicks 查看. */
    public ReportsScreen statisticsOfCycle(String name) {
        WebElement form = browser.find(By.id("as-of-cycle-form"));
        new Select(form.findElement(By.id("cycle"))).selectByVisibleText(name);
        return submit(form);
    }

    /** The heading of 完成情况, naming the cycle or day when the figures are not the ledger now. */
    public String statisticsHeading() {
        return browser.find(By.id("h-stats")).getText();
    }

    /** The sentence counting the measures: 制定的…项整改措施，完成整改…项… */
    public String measureSentence() {
        return browser.find(By.id("measure-sentence")).getText();
    }

    /** The line saying how a past day's figures were read, or null when there is none. */
    public String statisticsBasis() {
        List<WebElement> basis = browser.driver().findElements(By.id("stats-basis"));
        return basis.isEmpty() ? null : basis.get(0).getText();
    }

    /** 进展情况通报 按已关闭的调度周期: chooses the cycle by its name, clicks 查看通报; returns the notice's heading. */
    public String cycleNotice(String name) {
        WebElement form = browser.find(By.id("cycle-notice-form"));
        new Select(form.findElement(By.id("notice-cycle"))).selectByVisibleText(name);
        submit(form);
        return browser.find(By.cssSelector("article h1")).getText();
    }

    /** 进展变化 按周期: chooses the two cycles by their names, clicks 按周期查看. */
    public ReportsScreen changesBetweenCycles(String from, String to) {
        WebElement form = browser.find(By.id("cycle-form"));
        new Select(form.findElement(By.id("fromCycle"))).selectByVisibleText(from);
        new Select(form.findElement(By.id("toCycle"))).selectByVisibleText(to);
        return submit(form);
    }

    /** 进展变化 按日期: sets both days, clicks 按日期查看. */
    public ReportsScreen changesBetweenDays(LocalDate from, LocalDate to) {
        WebElement form = browser.find(By.id("date-form"));
        setDate(form.findElement(By.id("from")), from);
        setDate(form.findElement(By.id("to")), to);
        return submit(form);
    }

    /** The sentence summing the changes up. */
    public String changesSummary() {
        return browser.find(By.id("changes-summary")).getText();
    }

    /** 完成情况发生变化的措施, one line per measure: number, title, before, after. */
    public List<String> statusChanges() {
        return browser.find(By.id("changes-status")).findElements(By.cssSelector("tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private ReportsScreen submit(WebElement form) {
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForStale(form);
        return this;
    }

    private void setDate(WebElement input, LocalDate day) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1]", input, day.toString());
    }
}
