package taizhang.browser;

import java.nio.file.Path;
import java.util.Base64;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

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

    /** 内部事项: types the measure's number, ticks or clears 内部事项, clicks 保存. */
    public ReportsScreen markInternal(long measureId, boolean internal) {
        WebElement form = fillInternal(measureId, internal);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForStale(form);
        return this;
    }

    /** The message beside the 内部事项 form. */
    public String internalMessage() {
        return browser.find(By.cssSelector("#notice-panel #internal-message")).getText();
    }

    /** As {@link #markInternal}, for a number the server refuses: returns the refusal shown beside the form. */
    public String markInternalRefused(long measureId) {
        WebElement form = fillInternal(measureId, true);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        return browser.find(By.cssSelector("#notice-panel .feedback .alert-error"))
                .getText();
    }

    /** The number typed in the 内部事项 form. */
    public String internalMeasureTyped() {
        return browser.find(By.id("measure")).getAttribute("value");
    }

    private WebElement fillInternal(long measureId, boolean internal) {
        WebElement form = browser.find(By.id("internal-form"));
        WebElement number = form.findElement(By.id("measure"));
        number.clear();
        number.sendKeys(String.valueOf(measureId));
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
}
