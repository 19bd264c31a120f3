package taizhang.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import taizhang.browser.InBrowser;
import taizhang.browser.LoginPage;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;

/** The main job in a real browser: upload the seed, review the draft beside its source, correct a figure, accept, see the ledger. */
class ImportBrowserIntegrationTest extends InBrowser {

    Path upload;

    @BeforeEach
    void setUp() throws Exception {
        upload = Files.createTempFile("seed-", ".txt");
        String seed = new String(ImportIntegrationTest.seed(), StandardCharsets.UTF_8);
        Files.writeString(upload, seed + "\n" + System.nanoTime());
    }

    @AfterEach
    void tearDown() throws Exception {
        Files.deleteIfExists(upload);
    }

    @Test
    void officeUploadsReviewsAndAcceptsTheSeedReport() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        new LoginPage(browser)
                .signIn(office.user().username(), "password-" + office.user().username());

        browser.open("/imports");
        browser.find(By.id("file")).sendKeys(upload.toString());
        browser.find(By.id("campaignName")).sendKeys("浏览器导入测试");
        browser.find(By.id("upload-submit")).click();
        browser.waitUntilUrlContains("/imports/");
        assertThat(browser.find(By.id("draft-summary")).getText()).contains("23 个问题", "82 项措施");

        WebElement measure = browser.find(By.cssSelector(".draft-measure[data-m]"));
        String key = measure.getAttribute("data-m");
        browser.driver()
                .findElement(By.cssSelector(".draft-measure[data-m='" + key + "'] h3"))
                .click();
        assertThat(browser.driver().findElements(By.cssSelector("#source .current[data-m='" + key + "']")))
                .isNotEmpty();
        browser.driver()
                .findElement(By.cssSelector("#source .mk-quantity[data-m]"))
                .click();
        assertThat(browser.driver().findElements(By.cssSelector(".draft-measure.current")))
                .hasSize(1);
        browser.screenshot(Path.of("target", "screenshots", "import-review.png"));

        WebElement fix = browser.find(By.cssSelector(".readings details.fix"));
        fix.findElement(By.tagName("summary")).click();
        WebElement value = fix.findElement(By.name("value"));
        value.clear();
        value.sendKeys("12345");
        fix.findElement(By.cssSelector("form.inline-edit button")).click();
        browser.waitForStale(fix);
        assertThat(browser.find(By.cssSelector(".readings")).getText()).contains("12345");

        browser.find(By.id("accept-draft")).click();
        browser.confirm();
        browser.waitUntilUrlContains("/ledger");
        browser.waitForIdle();
        assertThat(browser.driver().getPageSource()).contains("全面加强和改进民族工作").doesNotContain("没有符合条件的措施");
    }
}
