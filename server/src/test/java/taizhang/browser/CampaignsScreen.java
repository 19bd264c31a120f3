package taizhang.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** 整改任务: the list with its 显示已归档 filter and the form that starts a campaign by hand, then one campaign's page. */
public final class CampaignsScreen {

    private final Browser browser;

    public CampaignsScreen(Browser browser) {
        this(browser, "/campaigns");
    }

    private CampaignsScreen(Browser browser, String path) {
        this.browser = browser;
        if (path != null) {
            browser.open(path);
        }
    }

    /** The page the browser shows now (a campaign's page opened by the test). */
    public static CampaignsScreen onCurrentPage(Browser browser) {
        return new CampaignsScreen(browser, null);
    }

    public List<String> names() {
        return browser.find(By.id("campaign-list")).findElements(By.cssSelector("tbody td:first-child a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Ticks or clears 显示已归档 and filters. */
    public CampaignsScreen showArchived(boolean shown) {
        WebElement box = browser.find(By.id("show-archived"));
        if (box.isSelected() != shown) {
            box.click();
        }
        WebElement list = browser.find(By.id("campaign-list"));
        browser.find(By.cssSelector("#campaign-filter button[type=submit]")).click();
        browser.waitForStale(list);
        return this;
    }

    /** Types the name and clicks 新建; the campaign's own page opens. */
    public CampaignsScreen create(String name) {
        browser.find(By.id("new-campaign-name")).sendKeys(name);
        browser.find(By.id("create-campaign")).click();
        browser.waitUntilUrlContains("/campaigns/");
        browser.find(By.id("campaign-name"));
        return this;
    }

    public String heading() {
        return browser.find(By.id("campaign-name")).getText();
    }

    public String message(String id) {
        return browser.find(By.id(id)).getText();
    }

    public CampaignsScreen addProblem(String title) {
        WebElement heading = browser.find(By.id("campaign-name"));
        browser.find(By.id("new-problem-title")).sendKeys(title);
        browser.find(By.id("add-problem")).click();
        browser.waitForStale(heading);
        return this;
    }

    /** Fills 添加措施 for the problem shown as {@code problem} and clicks 添加措施. */
    public CampaignsScreen addMeasure(String problem, String title, long leadOrgId, String type) {
        WebElement heading = browser.find(By.id("campaign-name"));
        new Select(browser.find(By.id("new-measure-problem"))).selectByVisibleText(problem);
        new Select(browser.find(By.id("new-measure-lead"))).selectByValue(String.valueOf(leadOrgId));
        browser.find(By.id("new-measure-title")).sendKeys(title);
        new Select(browser.find(By.id("new-measure-type"))).selectByValue(type);
        browser.find(By.id("add-measure")).click();
        browser.waitForStale(heading);
        return this;
    }

    public CampaignsScreen rename(String name) {
        WebElement heading = browser.find(By.id("campaign-name"));
        WebElement input = browser.find(By.id("rename-name"));
        input.clear();
        input.sendKeys(name);
        browser.find(By.id("rename-campaign")).click();
        browser.waitForStale(heading);
        return this;
    }

    /** Clicks 归档 (or 取消归档) and confirms. */
    public CampaignsScreen toggleArchive() {
        WebElement heading = browser.find(By.id("campaign-name"));
        browser.find(By.id("archive-campaign")).click();
        browser.confirm();
        browser.waitForStale(heading);
        return this;
    }

    /** Opens the problem's 移除, types the reason, clicks 移除问题 and confirms. */
    public CampaignsScreen removeProblem(long problemId, String reason) {
        WebElement heading = browser.find(By.id("campaign-name"));
        WebElement row = browser.find(By.cssSelector("#problem-list tr[data-problem='" + problemId + "']"));
        row.findElement(By.cssSelector("details.remove-problem-details summary"))
                .click();
        WebElement form = row.findElement(By.cssSelector("form.remove-problem"));
        form.findElement(By.name("reason")).sendKeys(reason);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.confirm();
        browser.waitForStale(heading);
        return this;
    }

    /** Opens 修改 on a problem's row, types its new title and 说明, clicks 保存修改 and confirms. */
    public CampaignsScreen editProblem(long problemId, String title, String text) {
        WebElement heading = browser.find(By.id("campaign-name"));
        WebElement row = browser.find(By.cssSelector("#problem-list tr[data-problem='" + problemId + "']"));
        row.findElement(By.cssSelector("details.edit-problem summary")).click();
        WebElement form = row.findElement(By.cssSelector("form.edit-problem-form"));
        WebElement titleInput = form.findElement(By.name("title"));
        titleInput.clear();
        titleInput.sendKeys(title);
        WebElement textArea = form.findElement(By.name("description"));
        textArea.clear();
        textArea.sendKeys(text);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.confirm();
        browser.waitForStale(heading);
        return this;
    }

    /** Clicks 恢复 on a removed problem's row and confirms. */
    public CampaignsScreen restoreProblem(long problemId) {
        WebElement heading = browser.find(By.id("campaign-name"));
        browser.find(By.cssSelector("tr.removed-problem[data-problem='" + problemId + "'] button"))
                .click();
        browser.confirm();
        browser.waitForStale(heading);
        return this;
    }

    public List<String> problems() {
        return browser
                .find(By.id("problem-list"))
                .findElements(By.cssSelector("tr[data-problem] td:nth-child(2)"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    public boolean has(String id) {
        return !browser.driver().findElements(By.id(id)).isEmpty();
    }
}
