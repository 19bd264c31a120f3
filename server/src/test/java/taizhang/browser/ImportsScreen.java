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
        browser.click(browser.find(By.linkText("导入报告")));
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

    /** Chooses the file and the campaign the report updates (导入到 …（更新进展）), clicks 上传并生成草稿; returns the draft's id. */
    public long uploadTo(Path file, String campaignName) {
        browser.find(By.id("file")).sendKeys(file.toString());
        new Select(browser.find(By.id("campaignId"))).selectByVisibleText(campaignName + "（更新进展）");
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
        date(browser.find(By.id("mdd-" + key)), deadline);
        return send(field);
    }

    /** Clicks the measure's 删除 and confirms. */
    public ImportsScreen drop(String key) {
        return confirmed(browser.find(
                By.xpath("//article[@id='draft-" + key + "']//form[input[@name='op' and @value='DROP']]//button")));
    }

    /** A fact of the measure as its list states it (牵头单位, 配合单位, 状态 or 建议状态…); empty when it states none. */
    public String fact(String key, String label) {
        return browser
                .find(By.id("draft-" + key))
                .findElements(By.xpath(
                        ".//dl[@class='facts']/dt[normalize-space(.)='" + label + "']/following-sibling::dd[1]"))
                .stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    /** The names of the measure's units under 牵头单位 or 配合单位, marked or not. */
    public List<String> units(String key, String label) {
        return browser
                .find(By.id("draft-" + key))
                .findElements(By.xpath(".//dl[@class='facts']/dt[normalize-space(.)='" + label
                        + "']/following-sibling::dd[1]//span[@class='unit-name']"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    /**
     * The measure's units still marked 建议, a line each: where it stands (牵头单位 or 配合单位), the
     * unit, and the report's words for it ({@code 原文：…}).
     */
    public List<String> unconfirmed(String key) {
        return browser.find(By.id("draft-" + key)).findElements(By.cssSelector(".unit.unconfirmed")).stream()
                .map(unit -> String.join(
                        " ",
                        unit.findElement(By.xpath("ancestor::dd/preceding-sibling::dt[1]"))
                                .getText(),
                        unit.findElement(By.cssSelector(".unit-name")).getText(),
                        unit.findElement(By.cssSelector(".muted")).getText()))
                .toList();
    }

    /** What the page says beside 确认写入台账 of the units not yet confirmed; empty when all are. */
    public String unconfirmedNote() {
        return browser.driver().findElements(By.id("unconfirmed-note")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    /** Clicks 采纳 beside the measure's unit marked 建议: it stays, unmarked. */
    public ImportsScreen acceptSuggestion(String key, String unit) {
        return send(suggestionButton(key, unit, "采纳"));
    }

    /** Clicks 不采纳 beside the measure's unit marked 建议: it leaves the measure. */
    public ImportsScreen rejectSuggestion(String key, String unit) {
        return send(suggestionButton(key, unit, "不采纳"));
    }

    /** Ticks the measure for 采纳所选措施的建议单位. */
    public ImportsScreen tick(String key) {
        WebElement box = browser.find(By.id("pick-" + key));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** Clicks 采纳所选措施的建议单位. */
    public ImportsScreen acceptSelectedSuggestions() {
        return send(browser.find(By.id("accept-selected-suggestions")));
    }

    /** Clicks 采纳全部措施的建议单位 and confirms. */
    public ImportsScreen acceptAllSuggestions() {
        return confirmed(browser.find(By.id("accept-all-suggestions")));
    }

    /** Clicks 确认写入台账 and confirms; the ledger of the new campaign opens. */
    public void accept() {
        browser.clickAndConfirm(browser.find(By.id("accept-draft")));
        browser.waitUntilUrlContains("/ledger?campaign=");
        browser.find(By.id("ledger-table"));
    }

    /** Clicks 放弃草稿 and confirms; back on the list, returns the draft's row. */
    public String discard(long draftId) {
        browser.clickAndConfirm(browser.find(By.xpath("//form[contains(@action,'/discard')]//button")));
        browser.waitUntilUrlContains("/imports");
        return browser.find(By.xpath("//a[@href='/imports/" + draftId + "']/ancestor::tr"))
                .getText();
    }

    /** The draft's problems' keys, in order. */
    public List<String> problemKeys() {
        return browser.driver().findElements(By.cssSelector("div.draft-problem")).stream()
                .map(p -> p.getAttribute("id").substring("draft-".length()))
                .toList();
    }

    /** The keys of the measures of one problem, in order. */
    public List<String> measureKeys(String problemKey) {
        return browser.find(By.id("draft-" + problemKey)).findElements(By.cssSelector("article.draft-measure")).stream()
                .map(a -> a.getAttribute("data-m"))
                .toList();
    }

    /** A problem's heading (number and title) as the page shows it. */
    public String problemTitle(String key) {
        return browser.find(By.cssSelector("#draft-" + key + " > h2")).getText();
    }

    /** A measure's heading (ordinal and title) as the page shows it. */
    public String measureTitle(String key) {
        return browser.find(By.cssSelector("#draft-" + key + " h3")).getText();
    }

    /** A measure's name as a screen reader announces it: its 编号 (problem number-ordinal). */
    public String measureName(String key) {
        return browser.find(By.id("draft-" + key)).getAttribute("aria-label");
    }

    /** The message shown beside the problem or measure {@code key} after an act on it. */
    public String feedback(String key) {
        return browser.find(By.id("feedback-" + key)).getText();
    }

    /** The message at the top of the page (an act whose item is gone, or the accept refused). */
    public String pageMessage() {
        return browser.find(By.id("review-message")).getText();
    }

    /** Every message the page shows, wherever it stands. */
    public List<String> messages() {
        return browser.driver().findElements(By.cssSelector(".feedback-message")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Retypes the problem's title and clicks its 改标题. */
    public ImportsScreen retitleProblem(String key, String title) {
        WebElement field = browser.find(By.id("pt-" + key));
        field.clear();
        field.sendKeys(title);
        return send(field);
    }

    /** Opens the problem's 增删, types the new problem's title and clicks 在其后添加问题. */
    public ImportsScreen addProblemAfter(String key, String title) {
        WebElement field = changes(key).findElement(By.id("pn-" + key));
        field.sendKeys(title);
        return send(field);
    }

    /** Opens the problem's 增删, types the new measure's title and clicks 添加措施. */
    public ImportsScreen addMeasure(String problemKey, String title) {
        WebElement field = changes(problemKey).findElement(By.id("pa-" + problemKey));
        field.sendKeys(title);
        return send(field);
    }

    /** Opens the problem's 增删, clicks 删除这个问题 and confirms. */
    public ImportsScreen dropProblem(String key) {
        WebElement button = changes(key).findElement(By.xpath(".//button[normalize-space(.)='删除这个问题']"));
        return confirmed(button);
    }

    /** Chooses the status in the measure's select and clicks 设状态. */
    public ImportsScreen status(String key, String label) {
        WebElement select = browser.find(By.id("ms-" + key));
        new Select(select).selectByVisibleText(label);
        return send(select);
    }

    /** The status the measure's select shows as chosen. */
    public String chosenStatus(String key) {
        return new Select(browser.find(By.id("ms-" + key)))
                .getFirstSelectedOption()
                .getText();
    }

    /** Clicks the measure's 与下一项合并 and confirms. */
    public ImportsScreen mergeWithNext(String key) {
        return confirmed(measureButton(key, "与下一项合并"));
    }

    /** Types where the measure's text is cut (the first character of the second measure) and clicks 拆分, confirming. */
    public ImportsScreen split(String key, int at) {
        WebElement field = browser.find(By.id("sp-" + key));
        field.clear();
        field.sendKeys(String.valueOf(at));
        return confirmed(field.findElement(By.xpath("ancestor::form//button[@type='submit']")));
    }

    /** The measure's text as its 修改正文 field holds it. */
    public String measureText(String key) {
        WebElement details = browser.find(By.id("draft-" + key)).findElement(By.xpath(".//details[summary='修改正文']"));
        return open(details).findElement(By.id("mx-" + key)).getAttribute("value");
    }

    /** The suggested match of a problem or measure onto the ledger, as the page states it. */
    public String match(String key) {
        return browser.find(By.cssSelector("#draft-" + key + " .match")).getText();
    }

    /** Clicks 确认对应 beside the suggested match. */
    public ImportsScreen confirmMatch(String key) {
        return send(matchButton(key, "确认对应"));
    }

    /** Clicks 作为新问题 or 作为新措施 beside the suggested match. */
    public ImportsScreen importAsNew(String key) {
        WebElement match = browser.find(By.cssSelector("#draft-" + key + " .match"));
        return send(match.findElement(By.xpath(".//button[starts-with(normalize-space(.), '作为新')]")));
    }

    /** The measure's figures, a row each: 指标, 数值, 单位, 期间 as the table shows them. */
    public List<String> readings(String key) {
        return browser.driver().findElements(By.cssSelector("#draft-" + key + " table.readings tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .limit(4)
                        .map(WebElement::getText)
                        .collect(java.util.stream.Collectors.joining(" | ")))
                .toList();
    }

    /** Opens 修改 in the figure's row ({@code row} counts from 0), retypes name, value and unit, clicks 保存. */
    public ImportsScreen editReading(String key, int row, String name, String value, String unit) {
        WebElement details = open(reading(key, row));
        for (var field : List.of(
                java.util.Map.entry("title", name),
                java.util.Map.entry("value", value),
                java.util.Map.entry("unit", unit))) {
            WebElement input = details.findElement(By.name(field.getKey()));
            input.clear();
            input.sendKeys(field.getValue());
        }
        return send(details.findElement(By.name("value")));
    }

    /** Opens 修改 in the figure's row, clicks 删除 and confirms. */
    public ImportsScreen dropReading(String key, int row) {
        WebElement details = open(reading(key, row));
        return confirmed(details.findElement(By.xpath(".//form[input[@name='op' and @value='DROP_READING']]//button")));
    }

    /** Fills 全部措施设领导和时限 (leader, deadline as the input's value, type) and clicks it, confirming. */
    public ImportsScreen dutyForAll(String leader, LocalDate deadline, String type) {
        WebElement field = browser.find(By.id("all-leader"));
        field.clear();
        field.sendKeys(leader);
        date(browser.find(By.id("all-deadline")), deadline);
        new Select(browser.find(By.id("all-type"))).selectByVisibleText(type);
        return confirmed(field.findElement(By.xpath("ancestor::form//button[@type='submit']")));
    }

    /** Clicks 确认写入台账 and confirms, but the page refuses; returns its message. */
    public String acceptRefused() {
        browser.clickAndConfirm(browser.find(By.id("accept-draft")));
        return pageMessage();
    }

    private WebElement reading(String key, int row) {
        return browser.find(By.cssSelector("#draft-" + key + " table.readings"))
                .findElements(By.cssSelector("tbody tr"))
                .get(row)
                .findElement(By.cssSelector("details.fix"));
    }

    /** The problem's 增删, opened. */
    private WebElement changes(String problemKey) {
        return open(browser.find(By.xpath("//div[@id='draft-" + problemKey + "']/details[summary='增删']")));
    }

    private WebElement open(WebElement details) {
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        return details;
    }

    private WebElement measureButton(String key, String label) {
        return browser.find(By.xpath(
                "//article[@id='draft-" + key + "']//div[@class='edits']//button[normalize-space(.)='" + label + "']"));
    }

    private WebElement suggestionButton(String key, String unit, String label) {
        return browser.find(By.xpath("//article[@id='draft-" + key
                + "']//span[contains(@class,'unconfirmed')][span[@class='unit-name' and normalize-space(.)='" + unit
                + "']]//button[normalize-space(.)='" + label + "']"));
    }

    private WebElement matchButton(String key, String label) {
        return browser.find(By.cssSelector("#draft-" + key + " .match"))
                .findElement(By.xpath(".//button[normalize-space(.)='" + label + "']"));
    }

    private void date(WebElement input, LocalDate day) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1]", input, day.toString());
    }

    /** Clicks a button whose form asks first, confirms, and waits for the page to come back. */
    private ImportsScreen confirmed(WebElement button) {
        browser.clickAndConfirm(button);
        browser.find(By.id("draft-summary"));
        return this;
    }

    /** Clicks the submit button of the inline form holding {@code field} (or the button itself); the page comes back at the item. */
    private ImportsScreen send(WebElement field) {
        WebElement button = field.getTagName().equals("button")
                ? field
                : field.findElement(By.xpath("ancestor::form//button[@type='submit']"));
        browser.click(button);
        browser.find(By.id("draft-summary"));
        return this;
    }
}
