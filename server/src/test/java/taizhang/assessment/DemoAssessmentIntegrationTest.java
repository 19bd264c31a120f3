package taizhang.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import taizhang.cycle.CycleService;
import taizhang.cycle.DemoCycles;
import taizhang.extension.DemoAnswers;
import taizhang.ledger.Measure;
import taizhang.notify.Notifications;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;
import taizhang.support.StoryClock;

/**
 * The demo's 考核 after its cycles and extensions, on a campaign like the seed's, on 15 June 2013:
 * 包头市's liaison reported every month and is rated 好; 赤峰市's missed the first month and had its
 * last report returned, and is rated 较好; 乌海市, with no demo user, missed every report and is rated
 * 一般 with its lost points said in words, and is sent its feedback; the demo unit's late month,
 * returned reports and extension show in its own breakdown.
 */
@DatabaseTest
@SpringBootTest
@Import(StoryClock.Config.class)
class DemoAssessmentIntegrationTest {

    @Autowired
    StoryClock clock;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    DemoCycles cycles;

    @Autowired
    DemoAnswers answers;

    @Autowired
    DemoAssessment demo;

    @Autowired
    Notifications notifications;

    @Autowired
    CycleService cycleService;

    @Test
    void theDemoYearRatesTheSilentUnit一般AndSaysWhy() {
        clock.set(LocalDate.of(2013, 1, 31));
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        CurrentUser unit = fixtures.actor("鄂尔多斯市", Role.UNIT).user();
        CurrentUser silent = fixtures.actor("乌海市", Role.UNIT).user();
        CurrentUser punctual = fixtures.actor("包头市", Role.UNIT).user();
        CurrentUser slipping = fixtures.actor("赤峰市", Role.UNIT).user();
        long campaign = ledger.campaign(office).id();
        long problem = ledger.problem(office, campaign).id();
        IntStream.range(0, 6).forEach(i -> ledger.measure(office, problem, null));
        ledger.measure(office, problem, silent.organisationId());
        IntStream.range(0, 3).forEach(i -> {
            ledger.measure(office, problem, punctual.organisationId());
            ledger.measure(office, problem, slipping.organisationId());
        });
        List<Measure> taken = cycles.takeOver(office, unit, campaign);
        answers.seed(office, unit, campaign);
        clock.set(LocalDate.of(2013, 6, 15));
        cycles.seed(office, unit, taken, punctual, slipping, campaign, DemoCycles.openMonth(LocalDate.of(2013, 6, 15)));

        Assessment year = demo.seed(office, campaign);

        assertThat(year.year()).isEqualTo(2013);
        UnitResult weak = result(year, silent.organisationId());
        assertThat(weak.rating()).isEqualTo(Rating.FAIR);
        assertThat(weak.components().get(0).detail())
                .isEqualTo("4 个已关闭调度周期应报 4 次，关闭时已报送 0 次，退回未重报 0 次，逾期未报 4 次；30 × 0% = 0 分");
        UnitResult good = result(year, punctual.organisationId());
        assertThat(good.rating()).isEqualTo(Rating.GOOD);
        assertThat(good.score()).isEqualByComparingTo("100");
        UnitResult fairlyGood = result(year, slipping.organisationId());
        assertThat(fairlyGood.rating()).isEqualTo(Rating.FAIRLY_GOOD);
        assertThat(fairlyGood.components())
                .extracting(Component::detail)
                .contains("4 个已关闭调度周期应报 12 次，关闭时已报送 8 次，退回未重报 1 次，逾期未报 3 次；30 × 66.67% = 20 分")
                .anyMatch(d -> d.startsWith("本年度被退回、尚未通过的进展报告 1 份"));
        UnitResult own = result(year, unit.organisationId());
        assertThat(own.components())
                .extracting(Component::detail)
                .contains("4 个已关闭调度周期应报 24 次，关闭时已报送 22 次，退回未重报 1 次，逾期未报 1 次；30 × 91.67% = 27.5 分")
                .anyMatch(d -> d.startsWith("本年度被退回、尚未通过的进展报告 2 份"))
                .anyMatch(d -> d.startsWith("本年度申请延期 1 次（批准 1 次"));
        assertThat(notifications.inbox(silent, false, 0, 50))
                .anyMatch(n -> n.kind().name().equals("ASSESSMENT_FEEDBACK")
                        && n.text().contains("等次为“一般”"));
    }

    private static UnitResult result(Assessment year, long orgId) {
        return year.units().stream().filter(u -> u.orgId() == orgId).findFirst().orElseThrow();
    }
}
