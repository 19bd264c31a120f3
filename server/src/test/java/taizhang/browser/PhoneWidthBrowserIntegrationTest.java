package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.indicator.IndicatorService;
import taizhang.ledger.Campaign;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.progress.ProgressService;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * The pages a person opens on a phone (#15 observed 7) at 375 px, and on the 1366 px desktop: the
 * header, the ledger (cards on the phone), a measure's page, 我的任务 and the review queue never
 * scroll sideways (the document is no wider than the viewport), and every menu entry is on screen
 * and opens its page when tapped.
 */
class PhoneWidthBrowserIntegrationTest extends InBrowser {

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    IndicatorService indicators;

    @Autowired
    ProgressService reports;

    @Autowired
    Clock clock;

    Actor office;
    Actor unit;
    Measure measure;

    @BeforeEach
    void setUp() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        unit = fixtures.ownUnit("通辽市");
        Campaign campaign = ledger.campaign(office.user());
        long problem = ledger.problem(office.user(), campaign.id()).id();
        measure = ledger.measure(
                office.user(),
                problem,
                "全面排查整治草原违规开垦、非法占用和超载过牧问题，建立健全草原生态保护补助奖励政策落实监管机制并定期公开",
                unit.user().organisationId(),
                List.of(fixtures.org("赤峰市").id(), fixtures.org("呼和浩特市").id()),
                LocalDate.of(2099, 6, 30),
                MeasureType.DEADLINE);
        long indicator = indicators
                .create(office.user(), measure.id(), "退化草原修复治理面积", "万亩", new BigDecimal("120"), null)
                .id();
        reports.create(
                unit.user(),
                measure.id(),
                YearMonth.now(clock).toString(),
                "已完成草原退化区域排查，修复治理工作按计划推进，https://example.gov.cn/very/long/address/of/the/evidence/page",
                MeasureStatus.IN_PROGRESS,
                List.of(new taizhang.progress.ProgressReport.Figure(indicator, new BigDecimal("35"))),
                true);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {375, 1366})
    void theOfficesPagesFitTheWidthAndTheMenuIsReachable(int width) {
        browser.viewport(width, width < 1024 ? 812 : 768);
        signIn(office);
        for (String page : List.of("/ledger", "/measures/" + measure.id(), "/review", "/dashboard")) {
            fits(page);
        }
        browser.open("/ledger");
        assertThat(browser.driver().findElements(By.cssSelector("#ledger-table tr[data-measure]")))
                .isNotEmpty();
        tapMenu("审核销号", "/review");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {375, 1366})
    void theUnitsPagesFitTheWidthAndTheMenuIsReachable(int width) {
        browser.viewport(width, width < 1024 ? 812 : 768);
        signIn(unit);
        for (String page : List.of("/my", "/ledger", "/measures/" + measure.id())) {
            fits(page);
        }
        tapMenu("我的任务", "/my");
        WebElement form = browser.find(By.cssSelector("#measure-" + measure.id()));
        Number right = (Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return arguments[0].getBoundingClientRect().right;", form);
        assertThat(right.doubleValue()).isLessThanOrEqualTo(width);
    }

    /**
     * At 1366 px the office's header, its longest (every menu entry of the ledger's work), is one line:
     * 退出, its last item, stands beside the first menu entry, not on a line of its own below.
     */
    @Test
    void theOfficesHeaderIsOneLineAt1366() {
        browser.viewport(1366, 800);
        signIn(office);
        for (String page : List.of("/dashboard", "/ledger", "/notices")) {
            browser.open(page);
            assertThat(browser.driver().findElements(By.cssSelector("nav[aria-label='主导航'] a")))
                    .as("the office's every menu entry")
                    .hasSize(10);
            var first = browser.find(By.cssSelector("nav[aria-label='主导航'] li:first-child a"))
                    .getRect();
            var logout =
                    browser.find(By.cssSelector("header form.logout button")).getRect();
            assertThat(logout.getY() + logout.getHeight() / 2.0)
                    .as("%s: 退出 on the first menu entry's line", page)
                    .isBetween((double) first.getY(), (double) first.getY() + first.getHeight());
            assertThat(browser.find(By.cssSelector("header.bar")).getRect().getHeight())
                    .as("%s: the header is one line high", page)
                    .isLessThan(2 * first.getHeight());
        }
    }

    /** Opens the page: nothing wider than the viewport, and every menu entry inside it. */
    private void fits(String page) {
        browser.open(page);
        browser.find(By.id("main"));
        assertThat(browser.sidewaysOverflow())
                .as("%s scrolls sideways; wider than the viewport: %s", page, widest())
                .isLessThanOrEqualTo(0);
        for (WebElement link : browser.driver().findElements(By.cssSelector("nav[aria-label='主导航'] a"))) {
            assertThat(link.isDisplayed())
                    .as("%s: menu entry %s shown", page, link.getText())
                    .isTrue();
            Number right = (Number) ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "var r = arguments[0].getBoundingClientRect(); return r.left < 0 ? 1e9 : r.right;", link);
            assertThat(right.doubleValue())
                    .as("%s: menu entry %s inside the screen", page, link.getText())
                    .isLessThanOrEqualTo(((Number)
                                    ((JavascriptExecutor) browser.driver()).executeScript("return window.innerWidth;"))
                            .doubleValue());
        }
    }

    /** Taps the menu entry, as a thumb does, and waits for its page. */
    private void tapMenu(String label, String path) {
        browser.find(By.linkText(label)).click();
        browser.waitUntilUrlContains(path);
        browser.waitForIdle();
        assertThat(browser.find(By.cssSelector("nav[aria-label='主导航'] a[aria-current='page']"))
                        .getText())
                .isEqualTo(label);
    }

    /** The elements reaching past the right edge, to say what to fix when the page is too wide. */
    private Object widest() {
        return ((JavascriptExecutor) browser.driver()).executeScript("""
                        var w = window.innerWidth, out = [];
                        document.querySelectorAll('body *').forEach(function (e) {
                          var r = e.getBoundingClientRect();
                          if (r.right > w + 0.5 && out.length < 8) {
                            out.push(e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(r.right));
                          }
                        });
                        return out.join(', ');""");
    }
}
