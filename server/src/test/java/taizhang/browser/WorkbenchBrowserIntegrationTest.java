package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.indicator.IndicatorService;
import taizhang.ledger.Campaign;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureType;
import taizhang.ledger.Problem;
import taizhang.progress.ProgressService;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * The workbench in a real browser: sign in, filter the ledger, and the whole reporting loop —
 * a unit submits, the office returns it, the unit resubmits, the office accepts and closes —
 * with the dashboard's 总体完成率 moving; then a 回头看 reopens it from the measure page.
 */
class WorkbenchBrowserIntegrationTest extends InBrowser {

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    IndicatorService indicators;

    @Autowired
    ProgressService reports;

    Actor office;
    Actor unit;
    Campaign campaign;
    Measure reported;
    long indicatorId;

    @BeforeEach
    void setUp() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        unit = fixtures.actor("通辽市", Role.UNIT);
        campaign = ledger.campaign(office.user());
        Problem problem = ledger.problem(office.user(), campaign.id());
        reported = ledger.measure(
                office.user(),
                problem.id(),
                "推進民族團結進步創建",
                fixtures.org("通辽市").id(),
                List.of(),
                LocalDate.of(2099, 6, 30),
                MeasureType.DEADLINE);
        ledger.measure(
                office.user(),
                problem.id(),
                "完善生態環境監測網絡",
                fixtures.org("赤峰市").id(),
                List.of(),
                LocalDate.of(2099, 6, 30),
                MeasureType.DEADLINE);
        indicatorId = indicators
                .create(office.user(), reported.id(), "宣讲场次", "场", new BigDecimal("100"), null)
                .id();
    }

    @Test
    void signInFilterAndTheWholeReportingLoopMoveTheDashboard() throws Exception {
        LoginPage login = new LoginPage(browser);
        login.signIn(office.user().username(), "wrong-password");
        assertThat(login.message()).isEqualTo("用户名或密码错误");
        signIn(office);

        LedgerScreen ledgerPage = new LedgerScreen(browser).chooseCampaign(campaign.name());
        assertThat(ledgerPage.titles()).hasSize(2);
        ledgerPage.search("团结进步");
        // Stored in Traditional, found by a Simplified keyword, shown in the reader's Simplified.
        assertThat(ledgerPage.titles()).containsExactly("推进民族团结进步创建");
        assertThat(ledgerPage.url()).contains("campaign=" + campaign.id()).contains("q=");
        assertThat(new DashboardScreen(browser, campaign.id()).overallRate()).isEqualTo("0.00%");
        LoginPage.signOut(browser);

        signIn(unit);
        Path evidence = pngFile();
        assertThat(new MyMeasuresScreen(browser).submit(reported.id(), "已开展宣讲38场", indicatorId, "38", evidence))
                .contains("已提交");
        long reportId = reports.forMeasure(office.user(), reported.id()).get(0).id();
        LoginPage.signOut(browser);

        signIn(office);
        assertThat(new ReviewScreen(browser).sendBack(reportId, "缺少宣讲照片")).contains("已退回");
        LoginPage.signOut(browser);

        signIn(unit);
        MyMeasuresScreen my = new MyMeasuresScreen(browser);
        assertThat(my.returnReason(reported.id())).contains("缺少宣讲照片");
        assertThat(my.submit(reported.id(), "已开展宣讲100场，照片见附件", indicatorId, "100", null))
                .contains("已提交");
        LoginPage.signOut(browser);

        signIn(office);
        ReviewScreen review = new ReviewScreen(browser);
        assertThat(review.accept(reportId)).contains("已审核通过");
        assertThat(review.close(reported.id())).contains("已销号");
        DashboardScreen dashboard = new DashboardScreen(browser, campaign.id());
        assertThat(dashboard.overallRate()).isEqualTo("50.00%");
        assertThat(dashboard.countedAt()).matches("数据统计于 \\d{2}:\\d{2}:\\d{2}");
        assertThat(dashboard.chartsDrawn()).isTrue();

        MeasureScreen measure = new MeasureScreen(browser, reported.id());
        assertThat(measure.status()).isEqualTo("已销号");
        assertThat(measure.reopen("回头看发现宣讲覆盖不全").status()).isEqualTo("推进中");
        assertThat(measure.reopenedTag()).isEqualTo("回头看重新打开 1 次");
    }

    @Test
    void aGeneratedFileShowsThatItIsBeingPreparedUntilItArrives() {
        signIn(office);
        browser.open("/reports?campaign=" + campaign.id());
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        // Holds the download's request until the test lets it go, so the busy state can be seen.
        js.executeScript("""
                var real = window.fetch;
                window.fetch = function (url, init) {
                    window.fetchedUrl = String(url);
                    return new Promise(function (go) { window.release = function () { go(real(url, init)); }; })
                        .then(function (response) { window.fetchedStatus = response.status; return response; });
                };""");
        WebElement export = browser.find(By.linkText("导出台账（Excel）"));
        export.click();
        assertThat(export.getAttribute("aria-busy")).isEqualTo("true");
        assertThat(export.getText()).contains("正在生成");
        assertThat(browser.driver().findElement(By.id("busy")).getAttribute("textContent"))
                .isEqualTo("正在生成文件，请稍候…");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> "1"
                        .equals(js.executeScript("return getComputedStyle(document.getElementById('busy')).opacity")));

        js.executeScript("window.release()");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> export.getAttribute("aria-busy") == null);
        assertThat(export.getText()).isEqualTo("导出台账（Excel）");
        assertThat(js.executeScript("return window.fetchedUrl")).asString().endsWith("/ledger.xlsx");
        assertThat(js.executeScript("return window.fetchedStatus")).isEqualTo(200L);
        assertThat(browser.driver().findElements(By.cssSelector("#flash .alert-error")))
                .isEmpty();
    }

    @Test
    void aFileOverTheUploadLimitIsRefusedBeforeItIsSent() throws Exception {
        signIn(unit);
        new MyMeasuresScreen(browser);
        Path large = Files.createTempFile("扫描件", ".pdf");
        try (var out = Files.newOutputStream(large)) {
            out.write(new byte[21 * 1024 * 1024]);
        }
        try {
            WebElement file = browser.find(By.id("file-" + reported.id()));
            file.sendKeys(large.toString());
            assertThat(file.getAttribute("validationMessage")).isEqualTo("文件超过 20 MB，请压缩或拆分后再上传");
        } finally {
            Files.delete(large);
        }
    }

    /** Enough of a PNG for the content check: its eight-byte signature and a little more. */
    private static Path pngFile() throws Exception {
        Path file = Files.createTempFile("宣讲照片", ".png");
        byte[] bytes = new byte[64];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, bytes, 0, 8);
        Files.write(file, bytes);
        file.toFile().deleteOnExit();
        return file;
    }
}
