package taizhang.browser;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** 责任追究, reached by its tab from 对口督导: the register of the campaign chosen and the form that adds to it. */
public final class AccountabilityScreen {

    private final Browser browser;

    public AccountabilityScreen(Browser browser) {
        this.browser = browser;
        browser.click(browser.find(By.id("tab-accountability")));
        browser.find(By.id("accountability-form"));
    }

    /** Fills 登记责任追究 (the date set as the input's value; measures by 编号) and clicks 登记; returns the message. */
    public String record(
            String unit,
            String person,
            String kind,
            LocalDate decidedOn,
            String decidedBy,
            String documentNo,
            String measures,
            long item) {
        WebElement form = browser.find(By.id("accountability-form"));
        new Select(form.findElement(By.id("action-unit"))).selectByVisibleText(unit);
        form.findElement(By.id("action-person")).sendKeys(person);
        new Select(form.findElement(By.id("action-kind"))).selectByVisibleText(kind);
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        form.findElement(By.id("action-date")),
                        decidedOn.toString());
        form.findElement(By.id("action-by")).sendKeys(decidedBy);
        form.findElement(By.id("action-doc")).sendKeys(documentNo);
        form.findElement(By.id("action-measures")).sendKeys(measures);
        form.findElement(By.id("action-items")).sendKeys(String.valueOf(item));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForStale(form);
        return browser.find(By.cssSelector("#record-action #accountability-message"))
                .getText();
    }

    /**
     * Fills 登记责任追究 naming a 督导事项 number the server refuses, clicks 登记; returns the refusal
     * shown beside the form.
     */
    public String recordRefused(String unit, String person, LocalDate decidedOn, String decidedBy, long item) {
        WebElement form = browser.find(By.id("accountability-form"));
        new Select(form.findElement(By.id("action-unit"))).selectByVisibleText(unit);
        form.findElement(By.id("action-person")).sendKeys(person);
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        form.findElement(By.id("action-date")),
                        decidedOn.toString());
        form.findElement(By.id("action-by")).sendKeys(decidedBy);
        form.findElement(By.id("action-items")).sendKeys(String.valueOf(item));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        return browser.find(By.cssSelector("#record-action .feedback .alert-error"))
                .getText();
    }

    /** The value of the field {@code id} as it stands. */
    public String field(String id) {
        return browser.find(By.id(id)).getAttribute("value");
    }

    /** The register's rows as the page shows them. */
    public List<String> rows() {
        return browser.find(By.id("accountability-list")).findElements(By.cssSelector("tr.accountability")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
