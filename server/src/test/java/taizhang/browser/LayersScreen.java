package taizhang.browser;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The measure page's 分层建账 panel: the split form, the sub-measures and the roll-up. */
public final class LayersScreen {

    private final Browser browser;

    public LayersScreen(Browser browser, long measureId) {
        this.browser = browser;
        browser.open("/measures/" + measureId);
        browser.find(By.id("sub-measures"));
    }

    /** One row of the split form, as a person fills it in: co-units and 责任领导 may be left empty. */
    public record Row(String title, String lead, List<String> coUnits, String leader, LocalDate deadline) {

        public Row(String title, String lead, LocalDate deadline) {
            this(title, lead, List.of(), "", deadline);
        }
    }

    /**
     * Opens 分解为子任务, fills one row per sub-measure (clicking 添加一行 when the form has too few),
     * submits and confirms, and waits for the page
     * to come back. The date is set as the input's value, which does not depend on the browser's locale.
     */
    public LayersScreen split(List<Row> rows) {
        browser.find(By.cssSelector("#split summary")).click();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int n = i + 1;
            if (browser.driver().findElements(By.id("split-title-" + n)).isEmpty()) {
                browser.find(By.id("split-add-row")).click();
            }
            browser.find(By.id("split-title-" + n)).sendKeys(row.title());
            new Select(browser.find(By.id("split-lead-" + n))).selectByVisibleText(row.lead());
            Select coUnits = new Select(browser.find(By.id("split-co-" + n)));
            row.coUnits().forEach(coUnits::selectByVisibleText);
            browser.find(By.id("split-leader-" + n)).sendKeys(row.leader());
            ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "arguments[0].value = arguments[1]",
                            browser.find(By.id("split-deadline-" + n)),
                            row.deadline().toString());
        }
        WebElement panel = browser.find(By.id("sub-measures"));
        browser.find(By.id("split-submit")).click();
        browser.confirm();
        browser.waitForStale(panel);
        browser.find(By.id("sub-measures"));
        return this;
    }

    /** The sub-measures listed, as id, title, lead and status. */
    public List<String> subMeasures() {
        return browser.find(By.id("sub-measure-rows")).findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> {
                    List<WebElement> cells = row.findElements(By.cssSelector("td"));
                    return cells.get(1).getText() + " " + cells.get(2).getText() + " "
                            + cells.get(4).getText();
                })
                .toList();
    }

    public List<Long> subMeasureIds() {
        return browser.find(By.id("sub-measure-rows")).findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> Long.parseLong(row.getAttribute("data-measure")))
                .toList();
    }

    public String rollUp() {
        return browser.find(By.id("roll-up")).getText();
    }
}
