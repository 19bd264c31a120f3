package taizhang.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import taizhang.ledger.LedgerRemoval;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.report.CompletionStatistics;
import taizhang.report.ProgressNotice;
import taizhang.report.ProgressNotices;
import taizhang.report.StatisticsService;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;
import taizhang.support.StoryClock;

/**
 * A notice and the statistics "as of" a past day show the ledger of that day, rebuilt from the audit
 * trail, whatever happened since: a measure reworded, reassigned and given a later deadline in
 * September, finished in October; another removed in October; a third added in October. On 10 September
 * the first was overdue under its old wording and unit, so the notice's 存在问题 names it so, though
 * it is done today.
 */
@DatabaseTest
@SpringBootTest
@Import(StoryClock.Config.class)
class AsOfDayIntegrationTest {

    @Autowired
    StoryClock clock;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    MeasureService measures;

    @Autowired
    LedgerRemoval removal;

    @Autowired
    ProgressService progress;

    @Autowired
    ProgressNotices notices;

    @Autowired
    StatisticsService statistics;

    @Autowired
    NoticeService drafts;

    @Test
    void aPastDaysNoticeStatisticsAndIssuesShowTheLedgerOfThatDay() {
        clock.set(LocalDate.of(2021, 6, 1));
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        CurrentUser city = fixtures.actor("乌兰察布市", Role.UNIT).user();
        long other = fixtures.org("锡林郭勒盟").id();
        long campaign = ledger.campaign(office).id();
        long problem = ledger.problem(office, campaign).id();
        Measure moved = ledger.measure(
                office,
                problem,
                "推进旧城改造",
                city.organisationId(),
                List.of(),
                LocalDate.of(2021, 8, 31),
                MeasureType.DEADLINE);
        Measure removed = ledger.measure(office, problem, other);
        clock.set(LocalDate.of(2021, 7, 10));
        moved = measures.start(office, moved.id(), moved.version());
        ProgressReport july =
                progress.create(city, moved.id(), "2021-07", "已完成摸底。", MeasureStatus.IN_PROGRESS, List.of(), true);
        progress.accept(office, july.id(), july.version());

        clock.set(LocalDate.of(2021, 9, 15));
        moved = measures.edit(
                office,
                moved.id(),
                measures.get(office, moved.id()).version(),
                "加快推进老旧小区改造",
                new MeasureService.Assignment(
                        other, List.of(), "负责人", LocalDate.of(2021, 12, 31), MeasureType.DEADLINE));
        clock.set(LocalDate.of(2021, 10, 10));
        measures.reportDone(office, moved.id(), moved.version(), MeasureStatus.DONE);
        removal.removeMeasure(
                office, removed.id(), measures.get(office, removed.id()).version(), "与其他措施重复");
        ledger.measure(office, problem, other);
        clock.set(LocalDate.of(2021, 11, 1));

        ProgressNotice tenth = notices.notice(office, campaign, LocalDate.of(2021, 9, 10), false);
        assertThat(titles(tenth)).containsExactly("推进旧城改造", removed.title());
        assertThat(tenth.measures().total()).isEqualTo(2);
        assertThat(tenth.measures().completed()).isZero();
        assertThat(tenth.sections().get(0).problems().get(0).measures().get(0).body())
                .contains("2021年7月进展：已完成摸底。");
        assertThat(tenth.basis()).contains("2021年9月10日").contains("审计记录还原").contains("预警等级");
        assertThat(notices.notice(office, campaign, LocalDate.of(2021, 9, 10), false))
                .as("the same day's notice is the same whatever happens later")
                .isEqualTo(tenth);

        ProgressNotice today = notices.notice(office, campaign, null, false);
        assertThat(titles(today)).hasSize(2).contains("加快推进老旧小区改造").doesNotContain(removed.title());
        assertThat(today.measures().completed()).isEqualTo(1);
        assertThat(today.basis()).isNull();

        CompletionStatistics september = statistics.asOf(office, campaign, LocalDate.of(2021, 9, 30));
        assertThat(september.measures().total()).isEqualTo(2);
        assertThat(september.measures().completed()).isZero();
        assertThat(september.byUnit())
                .extracting(r -> r.unit() + " " + r.measures().total())
                .containsExactly("锡林郭勒盟 2");
        CompletionStatistics august = statistics.asOf(office, campaign, LocalDate.of(2021, 8, 31));
        assertThat(august.byUnit())
                .extracting(r -> r.unit() + " " + r.measures().total())
                .containsExactlyInAnyOrder("乌兰察布市 1", "锡林郭勒盟 1");
        assertThat(statistics.asOf(office, campaign, LocalDate.of(2021, 5, 31)).basis())
                .contains("该日台账中还没有整改措施");

        Notice draft = drafts.draft(office, campaign, LocalDate.of(2021, 9, 10), null);
        assertThat(draft.issues())
                .as("overdue on 10 September under the wording and unit of that day")
                .contains("1项整改措施超过整改时限")
                .contains("推进旧城改造")
                .contains("乌兰察布市")
                .doesNotContain("加快推进老旧小区改造");
        assertThat(drafts.draft(office, campaign, LocalDate.of(2021, 9, 30), null)
                        .issues())
                .as("by 30 September its deadline had moved to the end of the year")
                .doesNotContain("超过整改时限");
    }

    private static List<String> titles(ProgressNotice notice) {
        return notice.sections().stream()
                .flatMap(s -> s.problems().stream())
                .flatMap(p -> p.measures().stream())
                .map(ProgressNotice.NoticeMeasure::title)
                .toList();
    }
}
