package taizhang.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** 销号审批链, the campaign's page where the office sets the approvers of a closing, step by step. */
public final class ClosingChainSettingsScreen {

    private final Browser browser;

    public ClosingChainSettingsScreen(Browser browser, long campaignId) {
        this.browser = browser;
        browser.open("/campaigns/" + campaignId + "/closing-chain");
    }

    /** Chooses the approvers by their labels, one a step, 无 for the steps after them. */
    public ClosingChainSettingsScreen steps(String... approvers) {
        int steps = browser.driver()
                .findElements(By.cssSelector("select[name=step]"))
                .size();
        for (int i = 0; i < steps; i++) {
            new Select(browser.find(By.id("chain-step-" + (i + 1))))
                    .selectByVisibleText(i < approvers.length ? approvers[i] : "无");
        }
        return this;
    }

    /** Clicks 保存; returns the message beside the form. */
    public String save() {
        browser.click(browser.find(By.id("closing-chain-save")));
        return browser.find(By.cssSelector("#chain .feedback .alert")).getText();
    }

    /** Clicks 保存 on a chain the server refuses; returns the refusal beside the form. */
    public String saveRefused() {
        browser.click(browser.find(By.id("closing-chain-save")));
        return browser.find(By.cssSelector("#chain .feedback .alert-error")).getText();
    }

    /** The label chosen at step {@code step} (from 1). */
    public String chosen(int step) {
        return new Select(browser.find(By.id("chain-step-" + step)))
                .getFirstSelectedOption()
                .getText();
    }
}
