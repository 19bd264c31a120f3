package taizhang.browser;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** One measure's page, with the office's moves. */
public final class MeasureScreen {

    private final Browser browser;

    public MeasureScreen(Browser browser, long measureId) {
        this.browser = browser;
        browser.open("/measures/" + measureId);
    }

    public String status() {
        return browser.find(By.id("measure-status")).getText();
    }

    /** Types the reason, clicks 重新打开 and confirms, then waits for the page to come back. */
    public MeasureScreen reopen(String reason) {
        WebElement status = browser.find(By.id("measure-status"));
        browser.find(By.id("move-reopen-reason")).sendKeys(reason);
        browser.find(By.cssSelector("button.move-reopen")).click();
        browser.confirm();
        browser.waitForStale(status);
        return this;
    }

    public String reopenedTag() {
        return browser.find(By.id("measure-reopened")).getText();
    }

    /** Each unit's 签收 state as the page shows it: unit, part, state. */
    public List<String> signStates() {
        return browser.find(By.id("sign-states")).findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.findElement(By.cssSelector("th")).getText() + " "
                        + row.findElements(By.cssSelector("td")).get(0).getText() + " "
                        + row.findElement(By.cssSelector(".sign-state"))
                                .getText()
                                .replaceAll("（.*", ""))
                .toList();
    }

    /**
     * Fills the extension form and submits it; the date is set as the input's value, which does not
     * depend on the browser's locale.
     */
    public MeasureScreen askExtension(LocalDate to, String reason) {
        WebElement form = browser.find(By.id("extension-form"));
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1]", form.findElement(By.id("extension-date")), to.toString());
        form.findElement(By.id("extension-reason")).sendKeys(reason);
        form.findElement(By.id("extension-submit")).click();
        browser.waitForStale(form);
        browser.find(By.id("extensions"));
        return this;
    }

    /** The extension requests listed, newest first: status and requested deadline. */
    public List<String> extensionRequests() {
        return browser.find(By.id("extension-requests")).findElements(By.cssSelector("li.extension-request")).stream()
                .map(li -> li.findElement(By.cssSelector(".extension-status")).getText())
                .toList();
    }

    public String deadline() {
        return browser.find(By.id("measure-deadline")).getText();
    }

    public String originalDeadline() {
        return browser.find(By.id("measure-original-deadline")).getText();
    }

    /** A fact of the 基本信息 list, by its term (牵头单位, 配合单位, 责任领导, 类型…). */
    public String fact(String term) {
        return browser.find(
                        By.xpath("//dl[@class='facts']/dt[normalize-space()='" + term + "']/following-sibling::dd[1]"))
                .getText();
    }

    public String title() {
        return browser.find(By.id("measure-title")).getText();
    }

    /** Opens 修改措施… and types, chooses and sets each field as given (null: left as it is). */
    public MeasureScreen edit(
            String title, Long lead, List<Long> coUnits, String leader, LocalDate deadline, String type) {
        browser.find(By.cssSelector("#edit-details summary")).click();
        WebElement form = browser.find(By.id("edit-form"));
        if (title != null) {
            WebElement text = form.findElement(By.id("edit-title"));
            text.clear();
            text.sendKeys(title);
        }
        if (lead != null) {
            new Select(form.findElement(By.id("edit-lead"))).selectByValue(String.valueOf(lead));
        }
        if (coUnits != null) {
            Select co = new Select(form.findElement(By.id("edit-co")));
            co.deselectAll();
            coUnits.forEach(id -> co.selectByValue(String.valueOf(id)));
        }
        if (leader != null) {
            WebElement input = form.findElement(By.id("edit-leader"));
            input.clear();
            input.sendKeys(leader);
        }
        if (deadline != null) {
            ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "arguments[0].value = arguments[1]",
                            form.findElement(By.id("edit-deadline")),
                            deadline.toString());
        }
        if (type != null) {
            new Select(form.findElement(By.id("edit-type"))).selectByValue(type);
        }
        return this;
    }

    /** Types the measure's official text (措施正文) in the open edit form, in place of what it said. */
    public MeasureScreen text(String body) {
        WebElement area = browser.find(By.id("edit-body"));
        area.clear();
        area.sendKeys(body);
        return this;
    }

    /** The measure's official text as the page shows it. */
    public String body() {
        return browser.find(By.cssSelector("section[aria-label='基本信息'] .body-text"))
                .getText();
    }

    /** Clicks 保存修改 and confirms; returns the message the reloaded page shows beside the form. */
    public String save() {
        WebElement status = browser.find(By.id("measure-status"));
        browser.find(By.id("edit-save")).click();
        browser.confirm();
        browser.waitForStale(status);
        return browser.find(By.id("edit-message")).getText();
    }

    /** Clicks 保存修改 and confirms when the server refuses: the message beside the form, the page as it was. */
    public String saveRefused() {
        browser.find(By.id("edit-save")).click();
        browser.confirm();
        return browser.find(By.cssSelector("#measure-edit .feedback .alert-error"))
                .getText();
    }

    /** Whatever the page's top flash area shows now. */
    public String flash() {
        return browser.driver().findElement(By.id("flash")).getText();
    }

    /** Opens 移除这项措施, types the reason, clicks 移除 and confirms; returns the message beside the panel. */
    public String remove(String reason) {
        WebElement status = browser.find(By.id("measure-status"));
        browser.find(By.cssSelector("#remove-details summary")).click();
        browser.find(By.id("remove-reason")).sendKeys(reason);
        browser.find(By.id("remove-measure")).click();
        browser.confirm();
        browser.waitForStale(status);
        return browser.find(By.id("edit-message")).getText();
    }

    /**
     * Without JavaScript: opens 移除这项措施, types the reason and clicks 移除; the server asks on a
     * page of its own, whose question this returns (answer it with {@link #answer}).
     */
    public String askRemove(String reason) {
        browser.find(By.cssSelector("#remove-details summary")).click();
        browser.find(By.id("remove-reason")).sendKeys(reason);
        browser.click(browser.find(By.id("remove-measure")));
        return browser.find(By.id("h-confirm")).getText();
    }

    /** Without JavaScript: clicks 保存修改; returns the question the page it leads to asks. */
    public String askSave() {
        browser.click(browser.find(By.id("edit-save")));
        return browser.find(By.id("h-confirm")).getText();
    }

    /** On the page asking without JavaScript: clicks 确定 (true) or 取消 (false) and waits for the page it leads to. */
    public MeasureScreen answer(boolean yes) {
        browser.click(browser.find(By.id(yes ? "confirm-yes" : "confirm-no")));
        return this;
    }

    /** The message beside 修改台账 (the edit, remove and restore forms), as it is drawn: a refusal is red. */
    public String editMessage() {
        WebElement message = browser.find(By.id("edit-message"));
        boolean refusal = message.getAttribute("class").contains("alert-error");
        return (refusal ? "[拒绝] " : "") + message.getText();
    }

    /** Whether the page offers 移除这项措施 (a live measure the reader may remove). */
    public boolean offersRemove() {
        return !browser.driver().findElements(By.id("remove-form")).isEmpty();
    }

    public String removedNotice() {
        return browser.find(By.id("measure-removed")).getText();
    }

    /** Clicks 恢复到台账 and confirms; returns the message beside the panel. */
    public String restore() {
        WebElement status = browser.find(By.id("measure-status"));
        browser.find(By.id("restore-measure")).click();
        browser.confirm();
        browser.waitForStale(status);
        return browser.find(By.id("edit-message")).getText();
    }

    /** Makes a move (开始整改) from the page; returns the message shown beside the moves. */
    public String start() {
        WebElement status = browser.find(By.id("measure-status"));
        browser.find(By.cssSelector("button.move-start")).click();
        browser.confirm();
        browser.waitForStale(status);
        return browser.find(By.id("moves-message")).getText();
    }

    /** 文字疑点: the row of the defect whose words are {@code words}, once the panel has loaded. */
    private WebElement defect(String words) {
        return browser.find(By.xpath(
                "//section[@id='text-defect-panel']//tr[@data-defect][.//mark[normalize-space()='" + words + "']]"));
    }

    public String defectState(String words) {
        return defect(words).findElement(By.cssSelector(".defect-state")).getText();
    }

    /** Retypes the defect's words as {@code replacement} and clicks 改正; returns the message beside the panel. */
    public String correctDefect(String words, String replacement) {
        WebElement row = defect(words);
        WebElement field = row.findElement(By.cssSelector("input[name=replacement]"));
        field.clear();
        field.sendKeys(replacement);
        row.findElement(By.cssSelector("button.defect-correct")).click();
        browser.waitForStale(row);
        return browser.find(By.id("text-defects-message")).getText();
    }

    /** Clicks 核对无误 on the defect's row; returns the message beside the panel. */
    public String checkDefect(String words) {
        WebElement row = defect(words);
        row.findElement(By.cssSelector("button.defect-check")).click();
        browser.waitForStale(row);
        return browser.find(By.id("text-defects-message")).getText();
    }

    /** Each indicator of the 指标 panel as its table reads: caption (name, target, rate), then its readings. */
    public List<String> indicators() {
        return browser
                .find(By.cssSelector("section[aria-labelledby='h-indicators']"))
                .findElements(By.tagName("table"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The indicator's caption: name, target and unit, completion rate. */
    public String indicatorCaption(long indicatorId) {
        return browser.find(By.id("indicator-" + indicatorId))
                .findElement(By.xpath("preceding-sibling::div[@class='split'][1]//caption"))
                .getText();
    }

    /** Opens 修改指标, retypes name, unit and target, clicks 保存指标; returns the message beside the indicator. */
    public String editIndicator(long indicatorId, String name, String unit, String target) {
        WebElement details = browser.find(By.id("indicator-" + indicatorId));
        details.findElement(By.tagName("summary")).click();
        retype(By.id("indicator-name-" + indicatorId), name);
        retype(By.id("indicator-unit-" + indicatorId), unit);
        retype(By.id("indicator-target-" + indicatorId), target);
        browser.find(By.id("indicator-save-" + indicatorId)).click();
        browser.waitForStale(details);
        return browser.find(By.id("indicator-message-" + indicatorId)).getText();
    }

    /** Opens 设置计划进度, types the planned shares, clicks 保存计划; returns the message beside the indicator. */
    public String planShares(long indicatorId, String shares) {
        WebElement form = browser.driver().findElement(By.id("plan-form-" + indicatorId));
        form.findElement(By.xpath("../summary")).click();
        retype(By.id("plan-shares-" + indicatorId), shares);
        browser.find(By.id("plan-save-" + indicatorId)).click();
        browser.waitForStale(form);
        return browser.find(By.id("indicator-message-" + indicatorId)).getText();
    }

    public String plan(long indicatorId) {
        return browser.find(By.id("plan-" + indicatorId)).getText();
    }

    private void retype(By field, String text) {
        WebElement input = browser.find(field);
        input.clear();
        input.sendKeys(text);
    }

    /** 佐证材料: chooses the file and clicks 上传; returns the files listed once htmx has replaced the list. */
    public List<String> uploadEvidence(java.nio.file.Path file) {
        browser.waitForIdle();
        WebElement section = browser.find(By.id("evidence"));
        section.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        section.findElement(By.cssSelector("form button[type=submit]")).click();
        // The list shows the file once the upload is stored (a refusal would stand in the panel's feedback instead).
        browser.waitForText(By.id("evidence-files"), file.getFileName().toString());
        browser.waitForIdle();
        return evidence();
    }

    /** 佐证材料: chooses a file the server refuses and clicks 上传; returns the refusal beside the form. */
    public String uploadEvidenceRefused(java.nio.file.Path file) {
        WebElement section = browser.find(By.id("evidence"));
        section.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        section.findElement(By.cssSelector("form button[type=submit]")).click();
        return browser.find(By.cssSelector("#evidence .feedback .alert-error")).getText();
    }

    public List<String> evidence() {
        return browser.find(By.id("evidence-files")).findElements(By.cssSelector("ul.files li a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Clicks 以…名义签收 and waits for the page to come back. */
    public MeasureScreen sign() {
        WebElement status = browser.find(By.id("measure-status"));
        browser.find(By.cssSelector("button.sign-button")).click();
        browser.waitForStale(status);
        return this;
    }

    /** On the pending request of the extension list: types the reason and clicks 不批准. */
    public MeasureScreen refuseExtension(String reason) {
        WebElement request = browser.find(By.cssSelector("li.extension-request[data-status=PENDING]"));
        request.findElement(By.cssSelector("input[id^=refuse-reason]")).sendKeys(reason);
        request.findElement(By.cssSelector("button.refuse-button")).click();
        browser.waitForStale(request);
        browser.find(By.id("extension-requests"));
        return this;
    }

    /** The office's opinion under each request, newest first. */
    public List<String> extensionOpinions() {
        return browser
                .find(By.id("extension-requests"))
                .findElements(By.cssSelector("li.extension-request p.meta"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }
}
