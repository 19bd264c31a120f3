package taizhang.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The measure page's 销号审批 panel: where the chain stands and the control of the reader's step. */
public final class ClosingScreen {

    private final Browser browser;

    public ClosingScreen(Browser browser, long measureId) {
        this.browser = browser;
        browser.open("/measures/" + measureId);
        browser.find(By.id("closing-chain"));
    }

    public ClosingScreen ask() {
        return clickAndConfirm(By.id("closing-ask"));
    }

    public ClosingScreen approve() {
        return clickAndConfirm(By.id("closing-approve"));
    }

    public ClosingScreen sendBack(String reason) {
        browser.find(By.id("closing-return-reason")).sendKeys(reason);
        return clickAndConfirm(By.id("closing-return"));
    }

    /** The label of the approve button: the step the reader decides. */
    public String approveLabel() {
        return browser.find(By.id("closing-approve")).getText();
    }

    public boolean mayDecide() {
        return !browser.driver().findElements(By.id("closing-approve")).isEmpty();
    }

    public String status() {
        return browser.find(By.id("closing-status")).getText();
    }

    public String waitingFor() {
        return browser.find(By.id("closing-current")).getText();
    }

    public String measureStatus() {
        return browser.find(By.id("measure-status")).getText();
    }

    public String steps() {
        return browser.find(By.id("closing-steps")).getText();
    }

    private ClosingScreen clickAndConfirm(By button) {
        WebElement panel = browser.find(By.id("closing-chain"));
        browser.find(button).click();
        browser.confirm();
        browser.waitForStale(panel);
        browser.find(By.id("closing-chain"));
        return this;
    }
}
