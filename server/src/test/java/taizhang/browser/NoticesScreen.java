package taizhang.browser;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** 通报印发: the campaign's notices with the draft and settings forms, and one notice's page. */
public final class NoticesScreen {

    private final Browser browser;

    private NoticesScreen(Browser browser) {
        this.browser = browser;
    }

    /** Reached as the office reaches it: 通报与台账, then 通报印发, then the campaign chosen and 查看. */
    public static NoticesScreen open(Browser browser, long campaignId) {
        browser.click(browser.find(By.linkText("通报与台账")));
        browser.click(browser.find(By.id("notices-link")));
        WebElement choose = browser.find(By.id("campaign"));
        new Select(choose).selectByValue(String.valueOf(campaignId));
        browser.find(By.cssSelector("form[action='/notices'][method=get] button[type=submit]"))
                .click();
        browser.waitForStale(choose);
        return new NoticesScreen(browser);
    }

    /** Types the 发文机关, the 落款 lines and the 文号 pattern, clicks 保存设置; returns the message beside the form. */
    public String saveSettings(String issuer, String signature, String numberPattern) {
        type(By.id("issuer"), issuer);
        type(By.id("signature"), signature);
        type(By.id("numberPattern"), numberPattern);
        WebElement button = browser.find(By.id("settings-save"));
        button.click();
        browser.waitForStale(button);
        return browser.find(By.cssSelector("#settings-form #settings-message")).getText();
    }

    /** As {@link #saveSettings}, for settings the server refuses: returns the refusal shown beside the form. */
    public String saveRefusedSettings(String numberPattern) {
        type(By.id("numberPattern"), numberPattern);
        browser.click(browser.find(By.id("settings-save")));
        return browser.find(By.cssSelector("#settings-form .feedback .alert-error"))
                .getText();
    }

    /** Types a cycle the server refuses to draft for and clicks 起草; returns the refusal beside the form. */
    public String draftRefused(String cycle) {
        type(By.id("draft-cycle"), cycle);
        browser.click(browser.find(By.id("draft-notice")));
        return browser.find(By.cssSelector("#notice-draft .feedback .alert-error"))
                .getText();
    }

    /** Clicks 起草 (as of today, as the form offers); returns the new draft's id from the page it opens. */
    public long draft() {
        browser.find(By.id("draft-notice")).click();
        browser.waitUntilUrlContains("/notices/");
        browser.find(By.id("notice-status"));
        return Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/notices/(\\d+).*", "$1"));
    }

    public String status() {
        return browser.find(By.id("notice-status")).getText();
    }

    /** The preview's paragraph of a measure: its official text and the period's progress. */
    public String preview(long measureId) {
        return browser.find(By.cssSelector(".measure-edit[data-measure='" + measureId + "'] p"))
                .getText();
    }

    /** Rewrites a measure's paragraph and the 存在问题 field, clicks 保存修改; returns the message beside it. */
    public String rewrite(long measureId, String paragraph, String issues) {
        type(By.id("rewrite-" + measureId), paragraph);
        type(By.id("issues"), issues);
        WebElement button = browser.find(By.id("notice-save"));
        button.click();
        browser.waitForStale(button);
        return browser.find(By.cssSelector("#edit-form #notice-edit-message")).getText();
    }

    /** As {@link #rewrite}, when the server refuses the save: returns the refusal shown beside the save button. */
    public String rewriteRefused(long measureId, String paragraph) {
        type(By.id("rewrite-" + measureId), paragraph);
        browser.click(browser.find(By.id("notice-save")));
        return browser.find(By.cssSelector("#edit-form .feedback .alert-error")).getText();
    }

    public String field(String id) {
        return browser.find(By.id(id)).getAttribute("value");
    }

    /**
     * Sets the 印发日期 (as the input's value, which does not depend on the browser's locale), clicks
     * 印发 and confirms; returns the message in the state panel.
     */
    public String publish(LocalDate on) {
        WebElement date = browser.find(By.id("issuedOn"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", date, on.toString());
        browser.clickAndConfirm(browser.find(By.id("notice-publish")));
        return browser.find(By.cssSelector("#notice-state #notice-message")).getText();
    }

    /**
     * As {@link #publish}, for a date the server refuses: confirms, and returns the refusal shown
     * beside the form in the state panel.
     */
    public String publishRefused(LocalDate on) {
        WebElement date = browser.find(By.id("issuedOn"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", date, on.toString());
        browser.clickAndConfirm(browser.find(By.id("notice-publish")));
        return browser.find(By.cssSelector("#notice-state .feedback .alert-error"))
                .getText();
    }

    /** Clicks 按台账重新生成; returns the message in the state panel. */
    public String regenerate() {
        WebElement button = browser.find(By.id("notice-regenerate"));
        button.click();
        browser.waitForStale(button);
        return browser.find(By.cssSelector("#notice-state #notice-message")).getText();
    }

    /** The notice as the page shows it once published: the document, no longer a form. */
    public String document() {
        return browser.find(By.cssSelector("article.gongwen")).getText();
    }

    public boolean editable() {
        return !browser.driver().findElements(By.id("edit-form")).isEmpty()
                || !browser.driver().findElements(By.id("publish-form")).isEmpty();
    }

    /** Back to the list by the page's link; each row as title, status and 文号. */
    public List<String> backToList() {
        browser.click(browser.find(By.linkText("返回通报列表")));
        return browser.find(By.id("notice-list")).findElements(By.cssSelector("tr.notice-row")).stream()
                .map(row -> {
                    List<WebElement> cells = row.findElements(By.tagName("td"));
                    return cells.get(0).getText() + " " + cells.get(2).getText() + " "
                            + cells.get(3).getText();
                })
                .toList();
    }

    /** Opens a listed notice by its row's link. */
    public NoticesScreen openListed(long noticeId) {
        browser.click(browser.find(By.cssSelector("tr.notice-row[data-notice='" + noticeId + "'] a")));
        browser.find(By.id("notice-status"));
        return this;
    }

    /** Follows 简报; returns its figures table. */
    public String brief() {
        browser.click(browser.find(By.linkText("简报")));
        return browser.find(By.id("brief-figures")).getText();
    }

    /** The compare link's label, or null when the page offers none. */
    public String compareOffer() {
        List<WebElement> link = browser.driver().findElements(By.id("compare-link"));
        return link.isEmpty() ? null : link.get(0).getText();
    }

    /** Follows 与上期比较; returns the counts table. */
    public String compare() {
        browser.click(browser.find(By.id("compare-link")));
        return browser.find(By.id("compare-counts")).getText();
    }

    private void type(By field, String text) {
        WebElement input = browser.find(field);
        input.clear();
        input.sendKeys(text);
    }
}
