package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.defect.TextDefect;
import taizhang.defect.TextDefects;
import taizhang.indicator.Indicator;
import taizhang.indicator.IndicatorService;
import taizhang.indicator.PlanService;
import taizhang.ledger.Campaign;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureType;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * The measure page's 文字疑点 and 修改指标 panels in a real browser: the office corrects one miswritten
 * word (改正), keeps another (核对无误), renames an indicator with its unit and target and sets its
 * planned shares. Each message stands beside the panel acted on; each change is read back from the server.
 */
class MeasureTextAndIndicatorBrowserIntegrationTest extends InBrowser {

    private static final String TITLE = "提高城乡低保保障标注，保障生活必须品供应";

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    TextDefects textDefects;

    @Autowired
    MeasureService measures;

    @Autowired
    IndicatorService indicators;

    @Autowired
    PlanService plans;

    Actor office;
    Measure measure;

    @BeforeEach
    void aMeasureWithTextDefectsAndAnIndicator() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Campaign campaign = ledger.campaign(office.user());
        measure = ledger.measure(
                office.user(),
                ledger.problem(office.user(), campaign.id()).id(),
                TITLE,
                fixtures.ownUnit("通辽市").user().organisationId(),
                List.of(),
                LocalDate.of(2099, 12, 31),
                MeasureType.DEADLINE);
        signIn(office);
    }

    @Test
    void theOfficeCorrectsOneDefectAndChecksAnotherBesideThePanel() {
        int found = textDefects.attach(
                List.of(new TextDefects.Accepted(measure.id(), measure.title(), measure.body())), "HANS", "测试报告.txt");
        assertThat(found).isEqualTo(2);
        MeasureScreen page = new MeasureScreen(browser, measure.id());
        assertThat(page.defectState("保障标注")).isEqualTo("待处理");

        assertThat(page.correctDefect("保障标注", "保障标准")).isEqualTo("已改正为“保障标准”");
        assertThat(page.defectState("保障标注")).isEqualTo("已改正");
        assertThat(measures.get(office.user(), measure.id()).body())
                .contains("保障标准")
                .doesNotContain("保障标注");

        assertThat(page.checkDefect("必须品")).isEqualTo("已核对无误，“必须品”保持原样");
        assertThat(page.defectState("必须品")).isEqualTo("已核对（" + office.user().username() + "）");
        assertThat(textDefects.of(office.user(), measure.id()))
                .extracting(TextDefect::text, TextDefect::open)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("保障标注", false),
                        org.assertj.core.groups.Tuple.tuple("必须品", false));
        assertThat(measures.get(office.user(), measure.id()).body()).contains("必须品");
        assertThat(browser.driver().findElements(By.id("text-defect-flag")))
                .as("nothing is left to handle")
                .isEmpty();
    }

    @Test
    void theOfficeRenamesAnIndicatorSetsUnitAndTargetAndPlansItsShares() {
        Indicator indicator = indicators.create(office.user(), measure.id(), "低保人数", "人", new BigDecimal("100"), null);
        MeasureScreen page = new MeasureScreen(browser, measure.id());

        assertThat(page.editIndicator(indicator.id(), "城乡低保覆盖人数", "万人", "12.5")).isEqualTo("已保存指标“城乡低保覆盖人数”");
        assertThat(page.indicatorCaption(indicator.id())).contains("城乡低保覆盖人数", "12.5 万人");
        Indicator stored = indicators.get(office.user(), indicator.id());
        assertThat(stored.name()).isEqualTo("城乡低保覆盖人数");
        assertThat(stored.unit()).isEqualTo("万人");
        assertThat(stored.target()).isEqualByComparingTo("12.5");

        assertThat(page.planShares(indicator.id(), "2098-Q4 50\n2099-Q4 100")).isEqualTo("已保存计划进度");
        assertThat(page.plan(indicator.id())).contains("2098-Q4 50%", "2099-Q4 100%");
        assertThat(plans.get(office.user(), indicator.id()).orElseThrow().shares())
                .hasSize(2);
        assertThat(browser.cspViolations()).isEmpty();
    }
}
