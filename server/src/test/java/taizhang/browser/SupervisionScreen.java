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
        browser.find(By.linkText("对口督导")).click();
        browser.waitForIdle();
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
     * input's value, which does not depend on the browser's locale. Returns the item page's message.
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
        return browser.find(By.id("item-message")).getText();
    }

    /** On the item page: the measure the finding became, opened by its link. */
    public MeasureLink fedBackMeasure() {
        WebElement link = browser.find(By.cssSelector("#item-measures li[data-link=CREATED] a"));
        String href = link.getAttribute("href");
        return new MeasureLink(Long.parseLong(href.replaceAll(".*/measures/(\\d+).*", "$1")), link.getText());
    }

    public record MeasureLink(long id, String title) {}
}
