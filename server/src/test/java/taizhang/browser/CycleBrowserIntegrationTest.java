package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.indicator.IndicatorService;
import taizhang.ledger.Campaign;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureType;
import taizhang.ledger.Problem;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * A month's 调度 in a real browser: the office opens the cycle; 扎鲁特旗 sees it with its due date,
 * submits its measure and leaves the office's list of units that owe; the office closes the cycle,
 * and the measure 扎鲁特旗 only co-operates on can no longer be reported for the month.
 */
class CycleBrowserIntegrationTest extends InBrowser {

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    IndicatorService indicators;

    Actor office;
    Actor unit;
    Campaign campaign;
    Measure led;
    Measure coOperated;
    long indicatorId;

    @BeforeEach
    void setUp() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        unit = fixtures.actor("扎鲁特旗", Role.UNIT);
        campaign = ledger.campaign(office.user());
        Problem problem = ledger.problem(office.user(), campaign.id());
        long zarud = fixtures.org("扎鲁特旗").id();
        led = ledger.measure(
                office.user(),
                problem.id(),
                "推进草原生态保护",
                zarud,
                List.of(),
                LocalDate.of(2099, 6, 30),
                MeasureType.DEADLINE);
        coOperated = ledger.measure(
                office.user(),
                problem.id(),
                "完善生态环境监测网络",
                fixtures.org("克什克腾旗").id(),
                List.of(zarud),
                LocalDate.of(2099, 6, 30),
                MeasureType.DEADLINE);
        indicatorId = indicators
                .create(office.user(), led.id(), "治理面积", "万亩", new BigDecimal("100"), null)
                .id();
    }

    @Test
    void officeOpensUnitSubmitsAndLeavesTheMissingListOfficeClosesAndTheMonthIsLocked() {
        String month = YearMonth.now().toString();
        LocalDate due = LocalDate.now().plusDays(10);
        signIn(office);
        CyclesScreen cycles = new CyclesScreen(browser, campaign.id());
        assertThat(cycles.open(month, due)).contains("已开启");
        assertThat(cycles.unitsOwing()).containsExactlyInAnyOrder("扎鲁特旗", "克什克腾旗");
        LoginPage.signOut(browser);

        signIn(unit);
        MyMeasuresScreen my = new MyMeasuresScreen(browser);
        String banner = browser.find(By.id("open-cycles")).getText();
        assertThat(banner).contains(campaign.name(), "截止 " + due, "还剩 10 天");
        assertThat(my.submit(led.id(), "已治理草原12万亩", indicatorId, "12", null)).contains("已提交");
        LoginPage.signOut(browser);

        signIn(office);
        cycles = new CyclesScreen(browser, campaign.id());
        assertThat(cycles.unitsOwing()).containsExactly("克什克腾旗");
        assertThat(cycles.close()).contains("已关闭");
        assertThat(cycles.status()).isEqualTo("已关闭");
        LoginPage.signOut(browser);

        signIn(unit);
        new MyMeasuresScreen(browser);
        WebElement card = browser.find(By.id("measure-" + coOperated.id()));
        assertThat(card.findElements(By.cssSelector("form.report-form"))).isEmpty();
        assertThat(card.findElement(By.cssSelector(".locked-notice")).getText()).contains(month, "调度已关闭");
    }

    @Test
    void aRefusedOpeningStandsBesideTheOpenFormAndTheNextOpeningReplacesIt() {
        YearMonth month = YearMonth.now();
        signIn(office);
        CyclesScreen cycles = new CyclesScreen(browser, campaign.id());
        String refusal = cycles.openRefused(month.toString(), month.atDay(1).minusDays(1));
        assertThat(refusal).contains("早于");
        assertThat(browser.messages()).containsExactly(refusal);

        assertThat(cycles.open(month.toString(), month.atEndOfMonth())).startsWith("已开启");
        assertThat(browser.messages())
                .as("the opening's message replaced the refusal")
                .containsExactly(cycles.openMessage());

        String twice = cycles.openRefused(month.toString(), month.atEndOfMonth());
        assertThat(twice).contains("已经开启");
        assertThat(browser.messages()).containsExactly(twice);
        assertThat(cycles.close()).startsWith("已关闭");
        assertThat(browser.messages())
                .as("the closing's message stands beside the cycle and alone")
                .containsExactly(cycles.cycleMessage());
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void withoutJavaScriptOpeningAndRemindingPostThemselvesAndTheirMessagesStandBesideThem() throws Exception {
        YearMonth month = YearMonth.now();
        try (Browser plain = new Browser(baseUrl(), false)) {
            new LoginPage(plain)
                    .signIn(
                            office.user().username(),
                            "password-" + office.user().username());
            plain.find(By.cssSelector("nav[aria-label='主导航']"));
            CyclesScreen cycles = new CyclesScreen(plain, campaign.id());
            assertThat(cycles.open(month.toString(), month.atEndOfMonth())).startsWith("已开启");
            assertThat(plain.messages()).containsExactly(cycles.openMessage());
            assertThat(cycles.remindAll()).isEqualTo("已向 2 个单位发出催报");
            assertThat(plain.messages()).containsExactly("已向 2 个单位发出催报");
            assertThat(cycles.cycleMessage()).isEqualTo("已向 2 个单位发出催报");
        }
    }
}
