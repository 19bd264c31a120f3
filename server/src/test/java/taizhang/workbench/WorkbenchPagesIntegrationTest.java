package taizhang.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import taizhang.ledger.MeasureType;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;
import taizhang.workbench.MyPage.Card;
import taizhang.workbench.MyPage.FigureField;
import taizhang.workbench.ReviewPage.Pending;

/**
 * 我的任务 and 审核销号 read reports and indicators for the whole page at once: each card and
 * each queued report still shows its own measure's, none of another's. Each test rolls back.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class WorkbenchPagesIntegrationTest {

    @Autowired
    MyPages myPages;

    @Autowired
    ReviewPages reviewPages;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    IndicatorService indicators;

    @Autowired
    ProgressService reports;

    CurrentUser office;
    CurrentUser unit;
    Measure first;
    Measure second;
    long stations;
    long investment;
    long lectures;

    /** Two measures of 乌海市, which no other test uses, due long ago so they lead the unit's list. */
    @BeforeEach
    void twoMeasuresWithIndicators() {
        office = fixtures.actor("乌海市", Role.OFFICE).user();
        unit = fixtures.actor("乌海市", Role.UNIT).user();
        long problem = ledger.problem(office, ledger.campaign(office).id()).id();
        long lead = fixtures.org("乌海市").id();
        first = ledger.measure(
                office, problem, "建设基站", lead, List.of(), LocalDate.of(1990, 1, 1), MeasureType.DEADLINE);
        second = ledger.measure(
                office, problem, "开展宣讲", lead, List.of(), LocalDate.of(1990, 1, 2), MeasureType.DEADLINE);
        stations = indicators
                .create(office, first.id(), "新建5G基站", "个", new BigDecimal("10000.00"), null)
                .id();
        investment =
                indicators.create(office, first.id(), "完成投资", "亿元", null, null).id();
        lectures = indicators
                .create(office, second.id(), "宣讲场次", "场", new BigDecimal("40"), null)
                .id();
    }

    @Test
    void eachCardShowsItsOwnMeasuresReportOfThisPeriodAndIndicators() {
        String period = myPages.period();
        reports.allowBackfill(office, first.id(), unit.organisationId(), "2000-01", "补报旧的一期");
        reports.create(
                unit,
                first.id(),
                "2000-01",
                "旧的一期",
                MeasureStatus.IN_PROGRESS,
                List.of(new ProgressReport.Figure(stations, BigDecimal.ONE)),
                false);
        long current = reports.create(
                        unit,
                        first.id(),
                        period,
                        "已建成5772个",
                        MeasureStatus.IN_PROGRESS,
                        List.of(
                                new ProgressReport.Figure(stations, new BigDecimal("5772")),
                                new ProgressReport.Figure(investment, new BigDecimal("413.2"))),
                        true)
                .id();

        List<Card> cards = myPages.page(unit, 0).cards();

        Card a = card(cards, first);
        Card b = card(cards, second);
        assertThat(cards.indexOf(a)).isLessThan(cards.indexOf(b));
        assertThat(a.current().id()).isEqualTo(current);
        assertThat(a.current().body()).isEqualTo("已建成5772个");
        assertThat(a.current().editable()).isFalse();
        assertThat(a.figures())
                .extracting(
                        FigureField::indicatorId,
                        FigureField::name,
                        FigureField::unit,
                        FigureField::target,
                        FigureField::value)
                .containsExactly(
                        tuple(stations, "新建5G基站", "个", "10000", "5772"),
                        tuple(investment, "完成投资", "亿元", null, "413.2"));
        assertThat(b.current()).isNull();
        assertThat(b.figures())
                .extracting(FigureField::indicatorId, FigureField::target, FigureField::value)
                .containsExactly(tuple(lectures, "40", null));
    }

    @Test
    void eachQueuedReportShowsItsOwnMeasureAndNamedFigures() {
        String period = myPages.period();
        long one = reports.create(
                        unit,
                        first.id(),
                        period,
                        "已建成5772个",
                        MeasureStatus.IN_PROGRESS,
                        List.of(
                                new ProgressReport.Figure(stations, new BigDecimal("5772")),
                                new ProgressReport.Figure(investment, new BigDecimal("413.2"))),
                        true)
                .id();
        long two = reports.create(
                        unit,
                        second.id(),
                        period,
                        "宣讲12场",
                        MeasureStatus.DONE,
                        List.of(new ProgressReport.Figure(lectures, new BigDecimal("12.5"))),
                        true)
                .id();
        reports.allowBackfill(office, second.id(), unit.organisationId(), "2021-09", "补报");
        reports.create(unit, second.id(), "2021-09", "草稿不排队", MeasureStatus.DONE, List.of(), false);

        List<Pending> pending = reviewPages.page(office, ReviewFilter.NONE).pending();

        assertThat(pending).extracting(Pending::reportId).containsExactly(one, two);
        Pending a = pending.get(0);
        assertThat(a.measureId()).isEqualTo(first.id());
        assertThat(a.code()).isEqualTo("1-" + first.ordinal());
        assertThat(a.title()).isEqualTo("建设基站");
        assertThat(a.figures()).containsExactly("新建5G基站：5772 个", "完成投资：413.2 亿元");
        Pending b = pending.get(1);
        assertThat(b.measureId()).isEqualTo(second.id());
        assertThat(b.code()).isEqualTo("1-" + second.ordinal());
        assertThat(b.title()).isEqualTo("开展宣讲");
        assertThat(b.claimed()).isEqualTo(MeasureStatus.DONE.label());
        assertThat(b.figures()).containsExactly("宣讲场次：12.5 场");
    }

    private static Card card(List<Card> cards, Measure measure) {
        return cards.stream()
                .filter(c -> c.measureId() == measure.id())
                .findFirst()
                .orElseThrow();
    }
}
