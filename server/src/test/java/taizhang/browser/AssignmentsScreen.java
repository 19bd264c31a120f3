package taizhang.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** 对口督导安排, reached from 对口督导 by its tab: the assignments, the form that makes one, and the 督导组. */
public final class AssignmentsScreen {

    private final Browser browser;

    public AssignmentsScreen(Browser browser) {
        this.browser = browser;
        browser.click(browser.find(By.linkText("对口督导")));
        browser.click(browser.find(By.id("tab-assignments")));
        browser.find(By.id("assign-form"));
    }

    /** The units the assign form offers, by name. */
    public List<String> units() {
        return new Select(browser.find(By.id("assign-unit")))
                .getOptions().stream().map(WebElement::getText).toList();
    }

    /** Chooses the unit and the supervisor (by the option's value, user-ID or group-ID), clicks 安排; returns the message. */
    public String assign(long unitId, String supervisor) {
        new Select(browser.find(By.id("assign-unit"))).selectByValue(String.valueOf(unitId));
        new Select(browser.find(By.id("assign-supervisor"))).selectByValue(supervisor);
        WebElement button = browser.find(By.id("assign-button"));
        button.click();
        browser.waitForStale(button);
        return message("assign");
    }

    /** The supervisors listed for a unit, one per assignment row. */
    public List<String> supervisorsOf(long unitId) {
        return browser
                .driver()
                .findElements(
                        By.cssSelector("#assignment-list tr.assignment[data-unit='" + unitId + "'] td:nth-of-type(1)"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Clicks 取消 on the unit's assignment row and confirms; returns the message. */
    public String remove(long unitId) {
        WebElement button =
                browser.find(By.cssSelector("#assignment-list tr.assignment[data-unit='" + unitId + "'] button"));
        button.click();
        browser.confirm();
        browser.waitForStale(button);
        return message("assignments");
    }

    /** Types the group's name and leader, chooses its members by id, clicks 成立督导组; returns the message. */
    public String formGroup(String name, String leader, List<Long> members) {
        browser.find(By.id("group-name")).sendKeys(name);
        browser.find(By.id("group-leader")).sendKeys(leader);
        Select select = new Select(browser.find(By.id("group-members")));
        members.forEach(id -> select.selectByValue(String.valueOf(id)));
        WebElement button = browser.find(By.cssSelector("#group-form button[type=submit]"));
        button.click();
        browser.waitForStale(button);
        return message("groups");
    }

    /** The groups listed: name, leader and members. */
    public List<String> groups() {
        return browser.find(By.id("group-list")).findElements(By.cssSelector("tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The message beside the panel {@code panel} acted on: assignments, assign or groups. */
    public String message(String panel) {
        return browser.find(By.cssSelector("#" + panel + " .feedback .alert")).getText();
    }

    /**
     * As {@link #assign}, for an assignment the server refuses: returns the refusal shown beside the
     * form, which stays as chosen.
     */
    public String assignRefused(long unitId, String supervisor) {
        new Select(browser.find(By.id("assign-unit"))).selectByValue(String.valueOf(unitId));
        new Select(browser.find(By.id("assign-supervisor"))).selectByValue(supervisor);
        browser.find(By.id("assign-button")).click();
        return browser.find(By.cssSelector("#assign .feedback .alert-error")).getText();
    }

    /** The value chosen in the select {@code id}. */
    public String chosen(String id) {
        return new Select(browser.find(By.id(id))).getFirstSelectedOption().getAttribute("value");
    }
}
