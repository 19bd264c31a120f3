package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureType;
import taizhang.progress.ProgressService;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * 分层建账 in a real browser: 呼和浩特市 leads a measure of the region's campaign and splits it across its
 * banners 新城区 and 赛罕区; 新城区 reports its part done; 呼和浩特市's 整改办 accepts the report from its
 * review queue; the parent's page then shows one sub-measure done and one open.
 */
class LayeredLedgerBrowserIntegrationTest extends InBrowser {

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    ProgressService reports;

    @Autowired
    MeasureService measures;

    Actor office;
    Actor leagueUnit;
    Actor leagueOffice;
    Actor banner;
    Measure parent;

    @BeforeEach
    void setUp() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        leagueUnit = fixtures.actor("呼和浩特市", Role.UNIT);
        leagueOffice = fixtures.actor("呼和浩特市", Role.OFFICE);
        banner = fixtures.actor("新城区", Role.UNIT);
        long campaign = ledger.campaign(office.user()).id();
        long problem = ledger.problem(office.user(), campaign).id();
        parent = ledger.measure(
                office.user(),
                problem,
                "推进草原生态保护修复",
                fixtures.org("呼和浩特市").id(),
                List.of(),
                LocalDate.of(2099, 12, 31),
                MeasureType.DEADLINE);
    }

    @Test
    void theLeagueSplitsItsMeasureABannerReportsTheLeaguesOfficeAcceptsAndTheParentRollsUp() {
        signIn(leagueUnit);
        LayersScreen layers = new LayersScreen(browser, parent.id())
                .split(List.of(
                        new LayersScreen.Row("新城区草原修复", "新城区", LocalDate.of(2099, 6, 30)),
                        new LayersScreen.Row("赛罕区草原修复", "赛罕区", LocalDate.of(2099, 9, 30))));
        assertThat(layers.subMeasures()).containsExactly("新城区草原修复 新城区 未启动", "赛罕区草原修复 赛罕区 未启动");
        long xinchengPart = layers.subMeasureIds().get(0);
        LoginPage.signOut(browser);

        signIn(banner);
        browser.open("/my");
        WebElement card = browser.find(By.id("measure-" + xinchengPart));
        card.findElement(By.name("body")).sendKeys("新城区草原修复已验收");
        card.findElement(By.cssSelector("select[name=claimed] option[value=DONE]"))
                .click();
        card.findElement(By.cssSelector("button[value=submit]")).click();
        browser.waitForStale(card);
        assertThat(browser.find(By.id("my-message")).getText()).contains("已提交");
        long reportId = reports.forMeasure(office.user(), xinchengPart).get(0).id();
        LoginPage.signOut(browser);

        signIn(leagueOffice);
        assertThat(new ReviewScreen(browser).accept(reportId)).contains("已审核通过");

        LayersScreen rolledUp = new LayersScreen(browser, parent.id());
        assertThat(rolledUp.rollUp()).contains("已完成 1 项", "未完成 1 项");
        assertThat(rolledUp.subMeasures()).containsExactly("新城区草原修复 新城区 已完成", "赛罕区草原修复 赛罕区 未启动");
        LoginPage.signOut(browser);

        signIn(banner);
        new MeasureScreen(browser, xinchengPart);
        assertThat(browser.find(By.id("sub-measure-keeper")).getText()).contains("呼和浩特市整改办");
    }

    @Test
    void theSplitFormTakesAnyNumberOfRowsEachWithCoUnitsAndALeader() {
        signIn(leagueUnit);
        LayersScreen layers = new LayersScreen(browser, parent.id())
                .split(List.of(
                        new LayersScreen.Row("新城区牧区治理", "新城区", List.of("赛罕区"), "王副区长", LocalDate.of(2099, 3, 31)),
                        new LayersScreen.Row("赛罕区牧区治理", "赛罕区", LocalDate.of(2099, 4, 30)),
                        new LayersScreen.Row("两区联合巡查", "赛罕区", List.of("新城区"), "李副区长", LocalDate.of(2099, 5, 31))));

        assertThat(layers.subMeasures()).containsExactly("新城区牧区治理 新城区 未启动", "赛罕区牧区治理 赛罕区 未启动", "两区联合巡查 赛罕区 未启动");
        List<Measure> parts = layers.subMeasureIds().stream()
                .map(id -> measures.get(office.user(), id))
                .toList();
        assertThat(parts.get(0).coUnitIds()).containsExactly(fixtures.org("赛罕区").id());
        assertThat(parts.get(0).responsibleLeader()).isEqualTo("王副区长");
        assertThat(parts.get(1).coUnitIds()).isEmpty();
        assertThat(parts.get(1).responsibleLeader()).isNull();
        assertThat(parts.get(2).coUnitIds()).containsExactly(fixtures.org("新城区").id());
        assertThat(parts.get(2).responsibleLeader()).isEqualTo("李副区长");
    }
}
