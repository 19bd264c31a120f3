package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.audit.AuditEvent;
import taizhang.audit.AuditTrail;
import taizhang.ledger.Campaign;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.ledger.SubMeasureService;
import taizhang.progress.ProgressService;
import taizhang.progress.ReportStatus;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * The review queue as an office works it (#15 observed 11): each row names the submitting unit,
 * the campaign and the period; the filters narrow by campaign, unit and period; several ticked
 * reports are accepted at once, each audited on its own, a refused one named while the others
 * pass — with htmx and without JavaScript; and a report claiming a parent done over open
 * sub-measures is accepted with the override reason the row then offers (#14).
 */
class ReviewQueueBrowserIntegrationTest extends InBrowser {

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    ProgressService reports;

    @Autowired
    SubMeasureService subMeasures;

    @Autowired
    AuditTrail audit;

    @Autowired
    Clock clock;

    Actor office;
    Campaign first;
    Campaign second;
    String period;
    long tongliao;
    long chifeng;
    long parentReport;

    @BeforeEach
    void setUp() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Actor tongliaoUnit = fixtures.actor("通辽市", Role.UNIT);
        Actor chifengUnit = fixtures.actor("赤峰市", Role.UNIT);
        Actor hohhotUnit = fixtures.actor("呼和浩特市", Role.UNIT);
        period = YearMonth.now(clock).toString();
        first = ledger.campaign(office.user());
        second = ledger.campaign(office.user());
        tongliao = submitted(tongliaoUnit, first, "通辽市", "通辽市草原修复本月完成两处", MeasureStatus.IN_PROGRESS);
        chifeng = submitted(chifengUnit, first, "赤峰市", "赤峰市河道整治推进中", MeasureStatus.IN_PROGRESS);
        long parent = measure(second, "呼和浩特市");
        subMeasures.split(
                hohhotUnit.user(),
                parent,
                List.of(new SubMeasureService.Part(
                        "新城区部分",
                        null,
                        fixtures.org("新城区").id(),
                        List.of(),
                        null,
                        LocalDate.of(2099, 6, 30),
                        MeasureType.DEADLINE)));
        parentReport = reports.create(
                        hohhotUnit.user(), parent, period, "呼和浩特市已全部完成", MeasureStatus.DONE, List.of(), true)
                .id();
    }

    @Test
    void rowsNameUnitCampaignAndPeriodAndTheFiltersNarrowTheQueue() throws Exception {
        signIn(office, true);
        ReviewScreen queue = new ReviewScreen(browser);
        assertThat(queue.meta(tongliao)).contains("通辽市", first.name(), period);
        assertThat(queue.meta(parentReport)).contains("呼和浩特市", second.name(), period);

        queue.filter("", String.valueOf(fixtures.org("通辽市").id()), "");
        assertThat(queue.listed()).contains(tongliao).doesNotContain(chifeng, parentReport);

        queue.filter(String.valueOf(second.id()), "", period);
        assertThat(queue.listed()).containsExactly(parentReport);
        assertThat(browser.driver().getCurrentUrl()).contains("campaign=" + second.id());

        queue.filter(String.valueOf(first.id()), "", "2001-01");
        assertThat(queue.listed()).isEmpty();
    }

    @Test
    void severalTickedReportsAreAcceptedOneByOneAndARefusalIsNamedWithoutLosingTheOthers() throws Exception {
        signIn(office, true);
        ReviewScreen queue = new ReviewScreen(browser);
        String message = queue.acceptTicked(List.of(tongliao, chifeng, parentReport));

        assertThat(message).contains("已审核通过 2 份报告", "以下 1 份未通过", "呼和浩特市的措施", "还有 1 项子任务未完成");
        assertThat(status(tongliao)).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(status(chifeng)).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(status(parentReport)).isEqualTo(ReportStatus.SUBMITTED);
        for (long accepted : List.of(tongliao, chifeng)) {
            assertThat(audit.history("progress_report", accepted))
                    .extracting(AuditEvent::action)
                    .containsOnlyOnce("report.accept");
        }

        // The refused one stays, and its row offers the override the roll-up asks for.
        assertThat(queue.listed()).contains(parentReport).doesNotContain(tongliao, chifeng);
        assertThat(queue.acceptOverriding(parentReport, "新城区部分并入自治区统一工程")).contains("已审核通过");
        assertThat(status(parentReport)).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(audit.history(
                        "measure", reports.get(office.user(), parentReport).measureId()))
                .extracting(AuditEvent::action)
                .contains("measure.rollup-override");
    }

    @Test
    void withoutJavaScriptTheTickedReportsAreListedToConfirmThenAccepted() throws Exception {
        signIn(office, false);
        ReviewScreen queue = new ReviewScreen(browser, "?campaign=" + first.id());
        List<String> said = queue.acceptTickedWithoutScript(List.of(tongliao, chifeng));

        assertThat(said).hasSize(3);
        assertThat(said.get(0)).contains("通辽市", period);
        assertThat(said.get(1)).contains("赤峰市", period);
        assertThat(said.get(2)).contains("已审核通过 2 份报告");
        assertThat(browser.driver().getCurrentUrl()).contains("campaign=" + first.id());
        assertThat(status(tongliao)).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(status(chifeng)).isEqualTo(ReportStatus.ACCEPTED);
    }

    private ReportStatus status(long reportId) {
        return reports.get(office.user(), reportId).status();
    }

    private long submitted(Actor unit, Campaign campaign, String lead, String body, MeasureStatus claimed) {
        long measure = measure(campaign, lead);
        return reports.create(unit.user(), measure, period, body, claimed, List.of(), true)
                .id();
    }

    private long measure(Campaign campaign, String lead) {
        long problem = ledger.problem(office.user(), campaign.id()).id();
        Measure m = ledger.measure(
                office.user(),
                problem,
                lead + "的措施",
                fixtures.org(lead).id(),
                List.of(),
                LocalDate.of(2099, 12, 31),
                MeasureType.DEADLINE);
        return m.id();
    }
}
