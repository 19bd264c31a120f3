package taizhang.browser;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The 对口督导 page, reached from the navigation, and the item page its form leads to. */
public final class SupervisionScreen {

    private final Browser browser;

    /** Clicks 对口督导 in the navigation and chooses the campaign. */
    public SupervisionScreen(Browser browser, long campaignId) {
        this.browser = browser;
        browser.click(browser.find(By.linkText("对口督导")));
        WebElement choose = browser.find(By.id("campaign"));
        new Select(choose).selectByValue(String.valueOf(campaignId));
        browser.find(By.cssSelector("form[action='/supervision'] button[type=submit]"))
                .click();
        browser.waitForStale(choose);
    }

    /** The units the record form offers, by name. */
    public java.util.List<String> recordableUnits() {
        return new Select(browser.find(By.id("item-unit")))
                .getOptions().stream().map(WebElement::getText).toList();
    }

    /**
     * Records an item with a finding sent back to the unit as a new measure; the date is set as the
     * input's value, which does not depend on the browser's locale. Returns the message beside the item's details on its page.
     */
    public String recordFeedback(String unit, String method, LocalDate day, String findings) {
        WebElement form = browser.find(By.id("record-item-form"));
        new Select(form.findElement(By.id("item-unit"))).selectByVisibleText(unit);
        new Select(form.findElement(By.id("item-method"))).selectByVisibleText(method);
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1]", form.findElement(By.id("item-date")), day.toString());
        form.findElement(By.id("item-findings")).sendKeys(findings);
        form.findElement(By.id("item-create-measure")).click();
        form.findElement(By.id("record-item-button")).click();
        browser.waitForStale(form);
        return browser.find(By.cssSelector("#item-detail #item-message")).getText();
    }

    /** On the item page: the measure the finding became, named by its 编号 and title in its link. */
    public MeasureLink fedBackMeasure() {
        WebElement link = browser.find(By.cssSelector("#item-measures li[data-link=CREATED] a"));
        String href = link.getAttribute("href");
        String[] text = link.getText().split(" ", 2);
        return new MeasureLink(
                Long.parseLong(href.replaceAll(".*/measures/(\\d+).*", "$1")), text[0], text.length > 1 ? text[1] : "");
    }

    /** Records an item with a finding, not sent back yet; returns the item page's message. */
    public String record(String unit, String method, LocalDate day, String findings) {
        WebElement form = browser.find(By.id("record-item-form"));
        new Select(form.findElement(By.id("item-unit"))).selectByVisibleText(unit);
        new Select(form.findElement(By.id("item-method"))).selectByVisibleText(method);
        setDate(form.findElement(By.id("item-date")), day);
        form.findElement(By.id("item-findings")).sendKeys(findings);
        form.findElement(By.id("record-item-button")).click();
        browser.waitForStale(form);
        return browser.find(By.cssSelector("#item-detail #item-message")).getText();
    }

    /**
     * Chooses the unit, ticks 一对一反馈整改 and sets the deadline but leaves the finding empty, clicks
     * 记录: returns the refusal shown beside the form.
     */
    public String recordWithoutFinding(String unit, LocalDate deadline) {
        WebElement form = browser.find(By.id("record-item-form"));
        new Select(form.findElement(By.id("item-unit"))).selectByVisibleText(unit);
        form.findElement(By.id("item-create-measure")).click();
        setDate(form.findElement(By.id("item-deadline")), deadline);
        form.findElement(By.id("record-item-button")).click();
        return browser.find(By.cssSelector("#record-item .feedback .alert-error"))
                .getText();
    }

    /** On the item page: types new findings, clicks 保存修改, when the server refuses; returns the refusal beside the form. */
    public String reviseRefused(String findings) {
        WebElement text = browser.find(By.id("revise-findings"));
        text.clear();
        text.sendKeys(findings);
        browser.find(By.cssSelector("#revise-form button[type=submit]")).click();
        return browser.find(By.cssSelector("#revise .feedback .alert-error")).getText();
    }

    /** The value of the field {@code id} as it stands. */
    public String field(String id) {
        return browser.find(By.id(id)).getAttribute("value");
    }

    /** The text of the option chosen in the select {@code id}. */
    public String chosen(String id) {
        return new Select(browser.find(By.id(id))).getFirstSelectedOption().getText();
    }

    /** On the item page: its number, from the heading. */
    public long itemId() {
        return Long.parseLong(browser.find(By.cssSelector("main h1")).getText().replaceAll("\\D", ""));
    }

    public String itemDetail() {
        return browser.find(By.id("item-detail")).getText();
    }

    /** On the item page: changes the method and the findings, clicks 保存修改; returns the message. */
    public String revise(String method, String findings) {
        WebElement form = browser.find(By.id("revise-form"));
        new Select(form.findElement(By.id("revise-method"))).selectByVisibleText(method);
        WebElement text = form.findElement(By.id("revise-findings"));
        text.clear();
        text.sendKeys(findings);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForStale(form);
        return browser.find(By.cssSelector("#revise #revise-message")).getText();
    }

    /** On the item page: sets the deadline and clicks 作为新措施交…整改; returns the message. */
    public String feedBack(LocalDate deadline) {
        WebElement form = browser.find(By.id("feedback-form"));
        setDate(form.findElement(By.id("feedback-deadline")), deadline);
        form.findElement(By.id("feedback-button")).click();
        browser.waitForStale(form);
        return browser.find(By.cssSelector("#item-detail #item-message")).getText();
    }

    /**
     * On the item page: chooses the measure it concerns by its 编号 and title, as the list shows
     * them, and clicks 退回整改; returns the message.
     */
    public String sendBack(String code, String title) {
        WebElement form = browser.find(By.id("return-form"));
        new Select(form.findElement(By.id("return-measure"))).selectByVisibleText(code + " " + title);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForStale(form);
        return browser.find(By.cssSelector("#feedback #return-message")).getText();
    }

    /** From the list of items: opens the item by its number. */
    public SupervisionScreen openItem(long itemId) {
        browser.click(browser.find(By.cssSelector("#item-list tr[data-item='" + itemId + "'] a")));
        browser.find(By.id("item-detail"));
        return this;
    }

    /** The date is set as the input's value, which does not depend on the browser's locale. */
    private void setDate(WebElement input, LocalDate day) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1]", input, day.toString());
    }

    public record MeasureLink(long id, String code, String title) {}
}
