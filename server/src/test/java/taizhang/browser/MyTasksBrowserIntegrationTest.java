package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
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
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * 我的任务 as a unit reads it (#15 observed 10): each measure's own text, each indicator's name as
 * the figure's label with its unit beside the field, the target and the last accepted value beside
 * it, and the unit's own report history with the office's reason for a return.
 */
class MyTasksBrowserIntegrationTest extends InBrowser {

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
    long indicator;
    String lastPeriod;

    @BeforeEach
    void setUp() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        unit = fixtures.ownUnit("通辽市");
        Campaign campaign = ledger.campaign(office.user());
        long problem = ledger.problem(office.user(), campaign.id()).id();
        measure = ledger.measure(
                office.user(),
                problem,
                "加快退化草原修复",
                unit.user().organisationId(),
                List.of(),
                LocalDate.of(2099, 6, 30),
                MeasureType.DEADLINE);
        indicator = indicators
                .create(office.user(), measure.id(), "退化草原修复治理面积", "万亩", new BigDecimal("120"), null)
                .id();
        lastPeriod = YearMonth.now(clock).minusMonths(1).toString();
        indicators.addReading(office.user(), indicator, lastPeriod, new BigDecimal("45.5"), "整改办核定");
        ProgressReport returned = reports.create(
                unit.user(),
                measure.id(),
                YearMonth.now(clock).toString(),
                "本月修复治理 10 万亩",
                MeasureStatus.IN_PROGRESS,
                List.of(new ProgressReport.Figure(indicator, new BigDecimal("55.5"))),
                true);
        reports.returnToUnit(office.user(), returned.id(), returned.version(), "请附验收单");
    }

    @Test
    void eachMeasureShowsItsTextIndicatorsWithTargetAndLastValueAndTheUnitsHistory() {
        new LoginPage(browser)
                .signIn(unit.user().username(), "password-" + unit.user().username());
        new MyMeasuresScreen(browser);
        WebElement card = browser.find(By.id("measure-" + measure.id()));

        assertThat(card.findElement(By.cssSelector(".measure-text")).getText()).isEqualTo(measure.body());
        assertThat(card.findElement(By.cssSelector("label[for='fig-" + indicator + "']"))
                        .getText())
                .isEqualTo("退化草原修复治理面积");
        WebElement field = card.findElement(By.id("fig-" + indicator));
        assertThat(field.getAttribute("value")).isEqualTo("55.5");
        WebElement beside = field.findElement(By.xpath(".."));
        assertThat(beside.findElement(By.cssSelector(".figure-unit")).getText()).isEqualTo("万亩");
        assertThat(beside.findElement(By.cssSelector(".figure-note")).getText())
                .isEqualTo("目标 120 · 上次 45.5（" + lastPeriod + "）");

        card.findElement(By.cssSelector(".report-history summary")).click();
        List<String> history = card.findElements(By.cssSelector(".report-history li.filed")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(history).hasSize(1);
        assertThat(history.get(0)).contains(YearMonth.now(clock).toString(), "已退回", "退回理由：请附验收单", "本月修复治理 10 万亩");
    }
}
