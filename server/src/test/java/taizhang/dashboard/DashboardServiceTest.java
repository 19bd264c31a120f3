package taizhang.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import taizhang.indicator.IndicatorService;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;

/**
 * The dashboard's figures within the reader's scope: the owner's office counts every measure,
 * a city's leader those led by or co-assigned to the city's subtree; a change shows at once.
 */
@DatabaseTest
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardServiceTest {

    @Autowired
    DashboardService dashboards;

    @Autowired
    MeasureService measures;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    IndicatorService indicators;

    CurrentUser office;
    long campaign;
    long problem;
    Measure hongshan;

    @BeforeAll
    void ledgerOfFourMeasures() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        campaign = ledger.campaign(office).id();
        problem = ledger.problem(office, campaign).id();
        ledger.measure(office, problem, "赤峰牵头", id("赤峰市"), List.of(), null, MeasureType.IMMEDIATE);
        ledger.measure(office, problem, "通辽牵头赤峰配合", id("通辽市"), List.of(id("赤峰市")), null, MeasureType.IMMEDIATE);
        hongshan = ledger.measure(office, problem, "红山区牵头", id("红山区"), List.of(), null, MeasureType.IMMEDIATE);
        Measure tongliao = ledger.measure(office, problem, "通辽牵头", id("通辽市"), List.of(), null, MeasureType.IMMEDIATE);
        indicators.create(office, tongliao.id(), "新增就业", "万人", new BigDecimal("17.6"), null);
        indicators.create(office, hongshan.id(), "宣讲场次", "场", new BigDecimal("100"), null);
        indicators.create(office, hongshan.id(), "走访户数", "户", null, null);
    }

    private long id(String orgName) {
        return fixtures.org(orgName).id();
    }

    private CurrentUser leaderOf(String orgName) {
        Organisation org = fixtures.org(orgName);
        return new CurrentUser(-1, "probe", "probe", org.id(), org.path(), EnumSet.of(Role.LEADER));
    }

    @Test
    void officeCountsTheWholeCampaignAndACityItsSubtree() {
        assertThat(dashboards.dashboard(office, campaign).overall().total()).isEqualTo(4);
        Dashboard city = dashboards.dashboard(leaderOf("赤峰市"), campaign);
        assertThat(city.overall().total()).isEqualTo(3);
        assertThat(city.byProblem())
                .singleElement()
                .extracting(Dashboard.Row::total)
                .isEqualTo(3L);
        assertThat(city.byUnit()).extracting(Dashboard.Row::total).containsExactlyInAnyOrder(1L, 1L, 1L);
        assertThat(dashboards.dashboard(leaderOf("红山区"), campaign).overall().total())
                .isEqualTo(1);
    }

    @Test
    void listsTheIndicatorsWithATargetInOrderWithinTheReadersScope() {
        assertThat(dashboards.dashboard(office, campaign).indicators())
                .extracting(Dashboard.IndicatorRow::name)
                .containsExactly("新增就业", "宣讲场次");
        assertThat(dashboards.dashboard(leaderOf("红山区"), campaign).indicators())
                .extracting(Dashboard.IndicatorRow::name)
                .containsExactly("宣讲场次");
    }

    @Test
    void aClosedMeasureShowsAtOnceDespiteTheCache() {
        CurrentUser district = leaderOf("红山区");
        assertThat(dashboards.dashboard(district, campaign).overall().finished())
                .isZero();
        Measure started = measures.start(office, hongshan.id(), hongshan.version());
        measures.reportDone(office, started.id(), started.version(), MeasureStatus.DONE);
        assertThat(dashboards.dashboard(district, campaign).overall().finished())
                .isEqualTo(1);
    }
}
