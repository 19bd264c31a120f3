package taizhang.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;
import taizhang.indicator.IndicatorService;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureStatus;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;

/** Progress reports' SQL: the row, its figures (exact decimals), optimistic updates. Each test rolls back. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ProgressRepositoryTest {

    @Autowired
    ProgressRepository repository;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    IndicatorService indicators;

    CurrentUser office;
    CurrentUser unit;
    Measure measure;
    long stations;
    long investment;

    @BeforeEach
    void measureWithTwoIndicators() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        unit = fixtures.actor("通辽市", Role.UNIT).user();
        long campaign = ledger.campaign(office).id();
        measure = ledger.measure(
                office,
                ledger.problem(office, campaign).id(),
                fixtures.org("通辽市").id());
        stations = indicators
                .create(office, measure.id(), "新建5G基站", "个", new BigDecimal("10000"), null)
                .id();
        investment = indicators
                .create(office, measure.id(), "完成投资", "亿元", null, null)
                .id();
    }

    private ProgressReport draft(String period, List<ProgressReport.Figure> figures) {
        return new ProgressReport(
                0,
                measure.id(),
                unit.organisationId(),
                period,
                "已建成5772个",
                MeasureStatus.IN_PROGRESS,
                ReportStatus.DRAFT,
                null,
                unit.id(),
                false,
                null,
                null,
                null,
                0,
                figures);
    }

    @Test
    void storesAReportWithItsFiguresExactly() {
        long id = repository.insert(draft(
                "2021-08",
                List.of(
                        new ProgressReport.Figure(stations, new BigDecimal("5772")),
                        new ProgressReport.Figure(investment, new BigDecimal("413.2")))));
        ProgressReport stored = repository.find(id).orElseThrow();
        assertThat(stored.measureId()).isEqualTo(measure.id());
        assertThat(stored.organisationId()).isEqualTo(unit.organisationId());
        assertThat(stored.authorId()).isEqualTo(unit.id());
        assertThat(stored.period()).isEqualTo("2021-08");
        assertThat(stored.body()).isEqualTo("已建成5772个");
        assertThat(stored.claimedStatus()).isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(stored.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(stored.version()).isZero();
        assertThat(stored.submittedAt()).isNull();
        assertThat(stored.reviewerId()).isNull();
        assertThat(stored.figures())
                .extracting(ProgressReport.Figure::indicatorId)
                .containsExactly(stations, investment);
        assertThat(stored.figures().get(0).value()).isEqualByComparingTo("5772");
        assertThat(stored.figures().get(1).value()).isEqualByComparingTo("413.2");
        assertThat(stored.figures())
                .allSatisfy(f -> assertThat(f.value().toString()).doesNotContain("E"));
    }

    @Test
    void keepsSixDecimalsAndLargeValues() {
        BigDecimal large = new BigDecimal("123456789012345678.123456");
        long id = repository.insert(draft("2021", List.of(new ProgressReport.Figure(stations, large))));
        assertThat(repository.find(id).orElseThrow().figures().get(0).value()).isEqualByComparingTo(large);
    }

    @Test
    void updateWritesReviewAndFiguresOverTheVersionRead() {
        long id = repository.insert(draft("2021-08", List.of(new ProgressReport.Figure(stations, BigDecimal.ONE))));
        ProgressReport stored = repository.find(id).orElseThrow();
        Instant submitted = Instant.parse("2021-09-01T02:00:00.123456Z");
        Instant reviewed = Instant.parse("2021-09-02T02:00:00Z");
        ProgressReport returned = stored.edit(
                        unit,
                        "改过的正文",
                        MeasureStatus.DONE,
                        List.of(new ProgressReport.Figure(investment, new BigDecimal("2.5"))))
                .submit(unit, submitted)
                .returnWith("缺少佐证材料", office.id(), reviewed);
        assertThat(repository.update(returned)).isTrue();
        ProgressReport reread = repository.find(id).orElseThrow();
        assertThat(reread.version()).isEqualTo(1);
        assertThat(reread.body()).isEqualTo("改过的正文");
        assertThat(reread.claimedStatus()).isEqualTo(MeasureStatus.DONE);
        assertThat(reread.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(reread.returnReason()).isEqualTo("缺少佐证材料");
        assertThat(reread.submittedAt()).isEqualTo(submitted);
        assertThat(reread.reviewerId()).isEqualTo(office.id());
        assertThat(reread.reviewedAt()).isEqualTo(reviewed);
        assertThat(reread.figures())
                .extracting(ProgressReport.Figure::indicatorId)
                .containsExactly(investment);
    }

    @Test
    void updateOverAStaleVersionChangesNothing() {
        long id = repository.insert(draft("2021-08", List.of()));
        ProgressReport stored = repository.find(id).orElseThrow();
        assertThat(repository.update(stored.submit(unit, Instant.now()))).isTrue();
        ProgressReport stale = stored.edit(
                unit, "迟到的修改", MeasureStatus.DONE, List.of(new ProgressReport.Figure(stations, BigDecimal.TEN)));
        assertThat(repository.update(stale)).isFalse();
        ProgressReport reread = repository.find(id).orElseThrow();
        assertThat(reread.body()).isEqualTo("已建成5772个");
        assertThat(reread.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(reread.figures()).isEmpty();
    }

    @Test
    void listsAMeasuresReportsNewestFirst() {
        long first = repository.insert(draft("2021-07", List.of()));
        long second = repository.insert(draft("2021-08", List.of()));
        assertThat(repository.forMeasure(measure.id()))
                .extracting(ProgressReport::id)
                .containsExactly(second, first);
        assertThat(repository.forMeasure(Long.MAX_VALUE)).isEmpty();
        assertThat(repository.find(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void readsSeveralMeasuresReportsAtOnceAsEachMeasuresOwnReadWould() {
        Measure other =
                ledger.measure(office, measure.problemId(), fixtures.org("通辽市").id());
        long older = repository.insert(draft("2021-07", List.of(new ProgressReport.Figure(stations, BigDecimal.ONE))));
        long newer = repository.insert(draft(
                "2021-08",
                List.of(
                        new ProgressReport.Figure(stations, BigDecimal.TEN),
                        new ProgressReport.Figure(investment, new BigDecimal("413.2")))));
        long others = repository.insert(new ProgressReport(
                0,
                other.id(),
                unit.organisationId(),
                "2021-08",
                "另一项",
                MeasureStatus.DONE,
                ReportStatus.DRAFT,
                null,
                unit.id(),
                false,
                null,
                null,
                null,
                0,
                List.of()));

        List<ProgressReport> both = repository.forMeasures(List.of(other.id(), measure.id(), Long.MAX_VALUE));

        assertThat(both)
                .filteredOn(r -> r.measureId() == measure.id())
                .extracting(ProgressReport::id)
                .containsExactly(newer, older);
        assertThat(both)
                .filteredOn(r -> r.measureId() == measure.id())
                .containsExactlyElementsOf(repository.forMeasure(measure.id()));
        assertThat(both)
                .filteredOn(r -> r.measureId() == other.id())
                .extracting(ProgressReport::id)
                .containsExactly(others);
        assertThat(both)
                .filteredOn(r -> r.id() == others)
                .singleElement()
                .satisfies(r -> assertThat(r.figures()).isEmpty());
        assertThat(repository.forMeasures(List.of())).isEmpty();
    }

    @Test
    void findsReportsByIdInTheOrderGivenWithTheirFigures() {
        long first =
                repository.insert(draft("2021-07", List.of(new ProgressReport.Figure(investment, BigDecimal.ONE))));
        long second = repository.insert(draft("2021-08", List.of()));

        List<ProgressReport> found = repository.findAll(List.of(second, Long.MAX_VALUE, first));

        assertThat(found).extracting(ProgressReport::id).containsExactly(second, first);
        assertThat(found)
                .containsExactly(
                        repository.find(second).orElseThrow(),
                        repository.find(first).orElseThrow());
        assertThat(repository.findAll(List.of())).isEmpty();
    }
}
