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

    /** Chooses the file in the import form, sends it, confirms, and returns the page's message. */
    public String importSheet(Path file) {
        WebElement form = browser.find(By.cssSelector("form.upload-form"));
        form.findElement(By.id("file")).sendKeys(file.toString());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.confirm();
        browser.waitForStale(form);
        return browser.find(By.id("report-message")).getText();
    }

    /** A line of the import's result: updated, added, unchanged or not-in-sheet. */
    public String result(String line) {
        return browser.find(By.id("import-" + line)).getText();
    }
}
