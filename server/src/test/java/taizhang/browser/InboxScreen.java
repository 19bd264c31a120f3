package taizhang.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The header's message count and the 消息 page it leads to. */
public final class InboxScreen {

    private final Browser browser;

    private InboxScreen(Browser browser) {
        this.browser = browser;
    }

    /** The unread count the header shows on the current page; 0 when it shows none. */
    public static int headerCount(Browser browser) {
        List<WebElement> badge = browser.driver().findElements(By.id("unread-count"));
        return badge.isEmpty() ? 0 : Integer.parseInt(badge.get(0).getText().strip());
    }

    /** Opens the inbox as a person does: by the header's link. */
    public static InboxScreen openFromHeader(Browser browser) {
        browser.find(By.id("inbox-link")).click();
        browser.waitUntilUrlContains("/notifications");
        browser.waitForIdle();
        return new InboxScreen(browser);
    }

    /** The texts of the notices, newest first. */
    public List<String> texts() {
        browser.find(By.id("h-notices"));
        return browser.driver().findElements(By.cssSelector(".notice .notice-text")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public List<String> titles() {
        return browser.driver().findElements(By.cssSelector(".notice .tag")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Marks the newest notice read with its button; the page comes back. */
    public InboxScreen markNewestRead() {
        WebElement button = browser.find(By.cssSelector(".notice.unread button.mark-read"));
        button.click();
        browser.waitForStale(button);
        return this;
    }

    /** Clicks 全部标为已读; the page comes back. */
    public InboxScreen markAllRead() {
        WebElement button = browser.find(By.id("read-all"));
        button.click();
        browser.waitForStale(button);
        browser.find(By.id("unread-summary"));
        return this;
    }

    public String unreadSummary() {
        return browser.find(By.id("unread-summary")).getText();
    }
}
