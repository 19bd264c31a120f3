package taizhang.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import taizhang.indicator.IndicatorService;
import taizhang.ledger.Campaign;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureStatus;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * The cycles a reader is offered, on two campaigns whose measures and indicators were created
 * in turn, so that each campaign's ids lie among the other's: only the reader's campaign and
 * subtree count, and a campaign-wide indicator's readings do not.
 */
@DatabaseTest
@SpringBootTest
class CycleListIntegrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    IndicatorService indicators;

    @Autowired
    ProgressService progress;

    @Autowired
    ChangeService changes;

    @Autowired
    JdbcClient jdbc;

    private Actor office;
    private Campaign first;
    private Campaign second;

    /**
     * First campaign: 赤峰市 has a March figure, 通辽市 a June figure and a July report, the
     * campaign-wide indicator a January figure. Second campaign, created in between: 通辽市 has a
     * second-quarter figure and a yearly report.
     */
    @BeforeEach
    void twoInterleavedCampaigns() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        first = ledger.campaign(office.user());
        second = ledger.campaign(office.user());
        long firstProblem = ledger.problem(office.user(), first.id()).id();
        long secondProblem = ledger.problem(office.user(), second.id()).id();
        Measure chifeng =
                ledger.measure(office.user(), firstProblem, fixtures.org("赤峰市").id());
        Measure otherCampaign =
                ledger.measure(office.user(), secondProblem, fixtures.org("通辽市").id());
        Measure tongliao =
                ledger.measure(office.user(), firstProblem, fixtures.org("通辽市").id());
        reading(chifeng, "2011-03");
        reading(otherCampaign, "2011-Q2");
        reading(tongliao, "2011-06");
        report(tongliao, "2011-07");
        report(otherCampaign, "2012");
        // A campaign-wide indicator (no measure) is written directly: the services create only measures' ones.
        jdbc.sql("insert into indicator (campaign_id, name, unit) values (:campaign, '全区就业', '人')")
                .param("campaign", first.id())
                .update();
        jdbc.sql("""
                insert into indicator_reading (indicator_id, period, amount)
                select id, '2013-01', 1 from indicator where campaign_id = :campaign and measure_id is null""").param("campaign", first.id()).update();
    }

    private void reading(Measure measure, String period) {
        long indicator = indicators
                .create(office.user(), measure.id(), "指标-" + period, "项", null, null)
                .id();
        indicators.addReading(office.user(), indicator, period, BigDecimal.ONE, "月报");
    }

    private void report(Measure measure, String period) {
        Actor unit = fixtures.actor("通辽市", Role.UNIT);
        progress.allowBackfill(office.user(), measure.id(), unit.user().organisationId(), period, "补报以往周期");
        ProgressReport submitted = progress.create(
                unit.user(), measure.id(), period, period + "进展", MeasureStatus.IN_PROGRESS, List.of(), true);
        progress.accept(office.user(), submitted.id(), submitted.version());
    }

    private List<String> cycles(Actor reader, Campaign campaign) {
        return changes.cycles(reader.user(), campaign.id()).stream()
                .map(Object::toString)
                .toList();
    }

    @Test
    void theOfficeSeesItsCampaignsCyclesButNotAnotherCampaignsOrACampaignWideIndicators() {
        assertThat(cycles(office, first)).containsExactly("2011-03", "2011-06", "2011-07");
        assertThat(cycles(office, second)).containsExactly("2011-Q2", "2012");
    }

    @Test
    void aUnitSeesOnlyItsSubtreesCycles() {
        assertThat(cycles(fixtures.actor("赤峰市", Role.UNIT), first)).containsExactly("2011-03");
        assertThat(cycles(fixtures.actor("通辽市", Role.UNIT), first)).containsExactly("2011-06", "2011-07");
        assertThat(cycles(fixtures.actor("呼伦贝尔市", Role.UNIT), first)).isEmpty();
    }
}
