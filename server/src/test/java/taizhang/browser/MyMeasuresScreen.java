package taizhang.browser;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A unit's 我的任务 page and the progress form of one measure. */
public final class MyMeasuresScreen {

    private final Browser browser;

    public MyMeasuresScreen(Browser browser) {
        this.browser = browser;
        browser.open("/my");
    }

    private WebElement card(long measureId) {
        return browser.find(By.id("measure-" + measureId));
    }

    public String returnReason(long measureId) {
        return card(measureId).findElement(By.cssSelector(".return-reason")).getText();
    }

    /** Fills the form and submits it for review; waits for the refreshed list. */
    public String submit(long measureId, String body, long indicatorId, String value, Path evidence) {
        WebElement card = card(measureId);
        WebElement text = card.findElement(By.name("body"));
        text.clear();
        text.sendKeys(body);
        card.findElement(By.cssSelector("select[name=claimed] option[value=DONE]"))
                .click();
        WebElement figure = card.findElement(By.name("figure-" + indicatorId));
        figure.clear();
        figure.sendKeys(value);
        if (evidence != null) {
            card.findElement(By.name("file")).sendKeys(evidence.toString());
        }
        card.findElement(By.cssSelector("button[value=submit]")).click();
        browser.waitForStale(card);
        return browser.find(By.cssSelector("#measure-" + measureId + " #my-message"))
                .getText();
    }

    /**
     * Types the text and a figure and clicks 提交审核 when the server will refuse it; returns the
     * message shown in the card, which stays as it was typed.
     */
    public String submitRefused(long measureId, String body, long indicatorId, String value) {
        WebElement card = card(measureId);
        WebElement text = card.findElement(By.name("body"));
        text.clear();
        text.sendKeys(body);
        WebElement figure = card.findElement(By.name("figure-" + indicatorId));
        figure.clear();
        figure.sendKeys(value);
        card.findElement(By.cssSelector("button[value=submit]")).click();
        return browser.find(By.cssSelector("#measure-" + measureId + " .feedback .alert-error"))
                .getText();
    }

    /** The messages the page shows now, wherever they are: the top flash area and every card's. */
    public java.util.List<String> messages() {
        return browser.driver().findElements(By.cssSelector("#flash .alert, .feedback .alert, #my-message")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The measures listed under 待签收, by id. */
    public java.util.List<Long> awaitingSign() {
        return browser.driver().findElements(By.cssSelector("tr.awaiting-sign")).stream()
                .map(row -> Long.parseLong(row.getAttribute("data-measure")))
                .toList();
    }

    /** Clicks 签收 on the measure's row and waits for the page to come back. */
    public MyMeasuresScreen sign(long measureId) {
        WebElement row = browser.find(By.cssSelector("tr.awaiting-sign[data-measure='" + measureId + "']"));
        row.findElement(By.cssSelector("button.sign-button")).click();
        browser.waitForStale(row);
        browser.find(By.cssSelector("nav[aria-label='主导航']"));
        return this;
    }

    public String reportState(long measureId) {
        return card(measureId).findElement(By.cssSelector(".report-state")).getText();
    }
}
