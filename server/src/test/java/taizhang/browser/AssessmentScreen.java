package taizhang.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** 年度考核, the page of the office and the leaders, for one campaign. */
public final class AssessmentScreen {

    private final Browser browser;

    public AssessmentScreen(Browser browser, long campaignId) {
        this(browser);
        browser.open("/assessment?campaign=" + campaignId);
        browser.find(By.id("assessment-results"));
    }

    private AssessmentScreen(Browser browser) {
        this.browser = browser;
    }

    /** The page the browser shows now, reached by choosing in its selects. */
    public static AssessmentScreen onCurrentPage(Browser browser) {
        browser.find(By.id("assessment-results"));
        return new AssessmentScreen(browser);
    }

    /** Each unit's row as its name, score, rating and computed score. */
    public List<String> rows() {
        return browser.driver().findElements(By.cssSelector("tr.assessment-row")).stream()
                .map(row -> row.findElement(By.cssSelector("th")).getText() + " "
                        + row.findElement(By.cssSelector("td.score")).getText() + " "
                        + row.getAttribute("data-rating") + " "
                        + row.findElement(By.cssSelector("td.computed-score")).getText())
                .toList();
    }

    /** Opens the unit's breakdown from its row. */
    public AssessmentScreen breakdownOf(String unit) {
        WebElement row = browser.driver().findElements(By.cssSelector("tr.assessment-row")).stream()
                .filter(r -> r.findElement(By.cssSelector("th")).getText().equals(unit))
                .findFirst()
                .orElseThrow();
        browser.click(row.findElement(By.cssSelector("a.breakdown-link")));
        browser.waitForText(By.id("h-breakdown"), unit);
        return this;
    }

    /** The open breakdown's lines as rule, points. */
    public List<String> breakdown() {
        return browser.driver().findElements(By.cssSelector("#breakdown-table tr.component")).stream()
                .map(row -> row.findElement(By.cssSelector("th")).getText() + " "
                        + row.findElement(By.cssSelector("td.points")).getText())
                .toList();
    }

    public String total() {
        return browser.find(By.id("breakdown-total")).getText();
    }

    /** Types the adjusted score and the reason into the form and sends it, as the office does. */
    public AssessmentScreen adjust(String score, String reason) {
        fillAdjustment(score, reason);
        message("breakdown");
        return this;
    }

    /** As {@link #adjust}, for an adjustment the server refuses: returns the refusal beside the breakdown. */
    public String adjustRefused(String score, String reason) {
        fillAdjustment(score, reason);
        return refusal("breakdown");
    }

    private void fillAdjustment(String score, String reason) {
        WebElement field = browser.find(By.id("adjust-score"));
        field.clear();
        field.sendKeys(score);
        WebElement why = browser.find(By.id("adjust-reason-input"));
        why.clear();
        why.sendKeys(reason);
        browser.click(browser.find(By.id("adjust-button")));
    }

    /** The message beside the part acted on: results, breakdown or settings. */
    public String message(String part) {
        return browser.find(By.cssSelector(part(part) + " .feedback .alert")).getText();
    }

    /** The refusal beside the part acted on: results, breakdown or settings. */
    public String refusal(String part) {
        return browser.find(By.cssSelector(part(part) + " .feedback .alert-error"))
                .getText();
    }

    private static String part(String part) {
        return part.equals("breakdown") ? "#breakdown" : "#assessment-" + part;
    }

    public String computedScore() {
        return browser.find(By.id("computed-score")).getText();
    }

    public String adjustedScore() {
        return browser.find(By.id("adjusted-score")).getText();
    }

    public String adjustReason() {
        return browser.find(By.id("adjust-reason")).getText();
    }

    /** Retypes the “一般” threshold and clicks 保存考核设置; returns the message beside the settings. */
    public String fairFrom(String score) {
        typeFair(score);
        return message("settings");
    }

    /** As {@link #fairFrom}, for a threshold the server refuses: returns the refusal beside the settings. */
    public String fairFromRefused(String score) {
        typeFair(score);
        return refusal("settings");
    }

    private void typeFair(String score) {
        WebElement field = browser.find(By.id("fair"));
        field.clear();
        field.sendKeys(score);
        browser.click(browser.find(By.id("settings-button")));
    }

    /** Clicks 按当前台账重新计算; returns the message beside the results. */
    public String recompute() {
        browser.click(browser.find(By.id("recompute-button")));
        return message("results");
    }

    /** Clicks 向“一般”“差”等次单位发送一对一反馈; returns the message beside the results. */
    public String sendFeedback() {
        browser.click(browser.find(By.id("feedback-button")));
        return message("results");
    }
}
