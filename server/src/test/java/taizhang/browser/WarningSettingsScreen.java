package taizhang.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** 预警设置: the campaign's warning rules, their preview and their save. */
public final class WarningSettingsScreen {

    private final Browser browser;

    /** Reached as the office reaches it: from the 调度周期 page of the campaign. */
    public WarningSettingsScreen(Browser browser, long campaignId) {
        this.browser = browser;
        browser.open("/cycles?campaign=" + campaignId);
        browser.click(browser.find(By.id("warning-settings-link")));
        browser.find(By.id("warning-settings"));
    }

    public WarningSettingsScreen dueSoonDays(int days) {
        WebElement field = browser.find(By.id("dueSoonDays"));
        field.clear();
        field.sendKeys(Integer.toString(days));
        return this;
    }

    /** Types the missed cycles that turn a measure yellow and red. */
    public WarningSettingsScreen missedCycles(int yellow, int red) {
        for (var field : java.util.Map.of("missedCyclesYellow", yellow, "missedCyclesRed", red)
                .entrySet()) {
            WebElement input = browser.find(By.id(field.getKey()));
            input.clear();
            input.sendKeys(Integer.toString(field.getValue()));
        }
        return this;
    }

    /** Asks for the preview; returns its text. */
    public String preview() {
        browser.click(browser.find(By.id("preview-warnings")));
        return browser.find(By.id("preview-result")).getText();
    }

    public String previewYellow() {
        return browser.find(By.id("preview-yellow")).getText();
    }

    /** Saves; returns the message the page shows after, beside the form. */
    public String save() {
        browser.click(browser.find(By.id("save-warnings")));
        return browser.find(By.cssSelector("#rules .feedback .alert")).getText();
    }

    /** Saves settings the server refuses; returns the refusal beside the form. */
    public String saveRefused() {
        browser.click(browser.find(By.id("save-warnings")));
        return browser.find(By.cssSelector("#rules .feedback .alert-error")).getText();
    }

    /** Asks for the preview of settings the server refuses; returns the refusal beside the form. */
    public String previewRefused() {
        browser.click(browser.find(By.id("preview-warnings")));
        return browser.find(By.cssSelector("#rules .feedback .alert-error")).getText();
    }
}
