package taizhang.browser;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** 单位管理: the tree with its create and import forms, and one unit's page. Messages are read in the part acted on. */
public final class OrganisationsScreen {

    private final Browser browser;

    /** Reached from the administrator's menu. */
    public OrganisationsScreen(Browser browser) {
        this.browser = browser;
        browser.click(browser.find(By.xpath("//nav[@aria-label='主导航']//a[normalize-space()='单位管理']")));
        browser.find(By.id("organisations"));
    }

    /** Chooses the parent, types the name, chooses the kind, clicks 新建单位; returns the message beside the form. */
    public String create(String parent, String name, String kind) {
        new Select(browser.find(By.id("parentId"))).selectByVisibleText(parent);
        browser.find(By.id("name")).sendKeys(name);
        new Select(browser.find(By.id("kind"))).selectByVisibleText(kind);
        return submit("#new-org", "create");
    }

    /** Chooses the sheet and clicks 导入; returns what the import part says (message or refusal). */
    public String importSheet(Path sheet) {
        browser.find(By.cssSelector("#import-org input[type=file]")).sendKeys(sheet.toString());
        return submit("#import-org", "import");
    }

    /** The faults a refused sheet lists, each naming its row. */
    public List<String> importErrors() {
        return browser.find(By.cssSelector("#import #import-errors")).findElements(By.tagName("li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The tree's row of a unit: name, kind, code and status. */
    public String row(String name) {
        return browser.find(By.xpath("//table[@id='organisations']//tr[td/a[normalize-space()='" + name + "']]"))
                .getText();
    }

    /** Opens the unit by its link in the tree. */
    public OrganisationsScreen open(String name) {
        browser.click(browser.find(By.xpath("//table[@id='organisations']//a[normalize-space()='" + name + "']")));
        browser.find(By.id("rename-org"));
        return this;
    }

    public String heading() {
        return browser.find(By.cssSelector("main h1")).getText();
    }

    public String parent() {
        return browser.find(By.id("parent-name")).getText();
    }

    public String status() {
        return browser.find(By.id("org-status")).getText();
    }

    /** Retypes the name and the 行政区划代码, clicks 保存; returns the message beside the form. */
    public String rename(String name, String code) {
        type(By.cssSelector("#rename-org #name"), name);
        type(By.cssSelector("#rename-org #adminCode"), code);
        return submit("#rename-org", "details");
    }

    /** Chooses the new parent, clicks 移动 and confirms; returns the message beside the form. */
    public String moveUnder(String parent) {
        new Select(browser.find(By.cssSelector("#move-org select"))).selectByVisibleText(parent);
        WebElement button = browser.find(By.cssSelector("#move-org button[type=submit]"));
        button.click();
        browser.confirm();
        browser.waitForStale(button);
        return said("move");
    }

    /** Types an alias and clicks 添加别名; returns the message beside the aliases. */
    public String addAlias(String alias) {
        type(By.cssSelector("#add-alias input[name=alias]"), alias);
        return submit("#add-alias", "aliases");
    }

    /** Clicks the alias's 删除; returns the message beside the aliases. */
    public String removeAlias(String alias) {
        WebElement button = browser.find(By.cssSelector("#alias-list button[aria-label='删除别名 " + alias + "']"));
        button.click();
        browser.waitForStale(button);
        return said("aliases");
    }

    public List<String> aliases() {
        return browser.find(By.id("alias-list")).findElements(By.cssSelector(".alias")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Clicks 停用单位 and confirms; returns what the part says (message or refusal). */
    public String deactivate() {
        WebElement button = browser.find(By.id("deactivate"));
        button.click();
        browser.confirm();
        browser.waitForStale(button);
        return said("active");
    }

    /** Clicks 启用单位; returns what the part says. */
    public String activate() {
        WebElement button = browser.find(By.id("activate"));
        button.click();
        browser.waitForStale(button);
        return said("active");
    }

    /** Back to the tree by the page's link. */
    public OrganisationsScreen backToTree() {
        browser.click(browser.find(By.linkText("返回单位列表")));
        browser.find(By.id("organisations"));
        return this;
    }

    private String submit(String form, String part) {
        WebElement button = browser.find(By.cssSelector(form + " button[type=submit]"));
        button.click();
        browser.waitForStale(button);
        return said(part);
    }

    /** The message or refusal shown inside the part (section) acted on. */
    private String said(String part) {
        return browser.find(By.cssSelector("#" + part + " .alert")).getText();
    }

    private void type(By field, String text) {
        WebElement input = browser.find(field);
        input.clear();
        input.sendKeys(text);
    }
}
