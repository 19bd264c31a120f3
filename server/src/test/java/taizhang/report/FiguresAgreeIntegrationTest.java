package taizhang.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.dashboard.Dashboard;
import taizhang.dashboard.DashboardService;
import taizhang.evidence.EvidenceService;
import taizhang.indicator.Indicator;
import taizhang.indicator.IndicatorService;
import taizhang.ingest.ImportService;
import taizhang.ledger.CompletionRate;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureFilter;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureSort;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.ledger.Overdue;
import taizhang.progress.ProgressService;
import taizhang.shared.Cycle;
import taizhang.shared.Percent;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;

/**
 * The demo campaign put where the copies of the derived rules used to part: readings for
 * {@code 2021-12} and then {@code 2021-Q1} (later as text, earlier in time), measures past their
 * deadline in every status class, substantially done, done and closed ones. The dashboard (its
 * service and page), the ledger and measure pages, the reports page, the statistics sheet and
 * the notice then tell the same finished count, completion rate, overdue count and latest reading.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresAgreeIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String INDICATOR = "一致性测试指标";

    @Autowired
    ImportService imports;

    @Autowired
    MeasureService measures;

    @Autowired
    IndicatorService indicators;

    @Autowired
    ProgressService reports;

    @Autowired
    DashboardService dashboards;

    @Autowired
    StatisticsService statistics;

    @Autowired
    ProgressNotices notices;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    EvidenceService evidence;

    Fixtures.Actor office;
    long campaign;
    /** Measures set up past their deadline: substantially done, closed, done, untouched; and one due today. */
    Measure nearlyLate;

    Measure closedLate;
    Measure doneLate;
    Measure openLate;
    Measure dueToday;
    long indicator;
    private final List<Long> taken = new ArrayList<>();

    @BeforeAll
    void demoCampaignWhereTheCopiesParted() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        byte[] seed = (new String(SeedCampaign.seed(), StandardCharsets.UTF_8) + "\n" + System.nanoTime())
                .getBytes(StandardCharsets.UTF_8);
        var upload = imports.upload(office.user(), seed, "demo.txt", "text/plain", null, "规则一致性测试", 2021);
        campaign = imports.accept(
                        office.user(), upload.record().id(), upload.record().version())
                .campaignId();
        List<Measure> all = campaignMeasures();
        List<Measure> closable = all.stream()
                .filter(m -> measures.get(office.user(), m.id()).lastAcceptedAt() != null)
                .toList();
        closedLate = settle(closable.get(0), TODAY.minusDays(1), MeasureStatus.CLOSED);
        nearlyLate = settle(other(all), TODAY.minusDays(1), MeasureStatus.SUBSTANTIALLY_DONE);
        doneLate = settle(other(all), TODAY.minusYears(1), MeasureStatus.DONE);
        openLate = settle(other(all), TODAY.minusYears(1), MeasureStatus.IN_PROGRESS);
        dueToday = settle(other(all), TODAY, MeasureStatus.IN_PROGRESS);
        reports.recordImported(office.user(), dueToday.id(), "2021-12", "十二月进展。", MeasureStatus.IN_PROGRESS);
        reports.recordImported(office.user(), dueToday.id(), "2021-Q1", "一季度进展，后补。", MeasureStatus.IN_PROGRESS);

        assertThat(jdbc.sql("select count(*) from indicator where campaign_id = :c and target is not null")
                        .param("c", campaign)
                        .query(Long.class)
                        .single())
                .as("the dashboard lists 12 indicators")
                .isLessThan(12);
        indicator = indicators
                .create(office.user(), nearlyLate.id(), INDICATOR, "项", new BigDecimal("200"), null)
                .id();
        indicators.addReading(office.user(), indicator, "2021-12", new BigDecimal("150"), "十二月");
        indicators.addReading(office.user(), indicator, "2021-Q1", new BigDecimal("60"), "一季度，后补");
    }

    @Test
    void finishedCountAndCompletionRateAgreeEverywhere() throws Exception {
        List<Measure> all = campaignMeasures();
        long finished = all.stream().filter(m -> m.status().isFinished()).count();
        long nearly = all.stream()
                .filter(m -> m.status() == MeasureStatus.SUBSTANTIALLY_DONE)
                .count();
        String rate = CompletionRate.of(finished, all.size()).toPlainString();
        Tally expected = Tally.measures(all.size(), finished, nearly);
        assertThat(finished).isGreaterThanOrEqualTo(2);
        assertThat(nearly).isGreaterThanOrEqualTo(1);

        Dashboard dashboard = dashboards.dashboard(office.user(), campaign);
        assertThat(dashboard.overall().total()).isEqualTo(all.size());
        assertThat(dashboard.overall().finished()).isEqualTo(finished);
        assertThat(dashboard.overall().rate()).isEqualTo(rate);
        assertThat(dashboard.byProblem().stream()
                        .mapToLong(Dashboard.Row::finished)
                        .sum())
                .isEqualTo(finished);
        assertThat(dashboard.byUnit().stream()
                        .mapToLong(Dashboard.Row::finished)
                        .sum())
                .isEqualTo(finished);
        assertThat(dashboard.byStatus().stream()
                        .mapToLong(Dashboard.Row::finished)
                        .sum())
                .isEqualTo(finished);
        String page = page("/dashboard?campaign=" + campaign);
        assertThat(text(page, "overall-rate")).isEqualTo(rate + "%");
        assertThat(text(page, "finished-count")).isEqualTo(String.valueOf(finished));

        CompletionStatistics stats = statistics.statistics(office.user(), campaign);
        assertThat(stats.measures()).isEqualTo(expected);
        assertThat(stats.measures().rate().toPlainString()).isEqualTo(rate);
        assertThat(stats.byProblem().stream()
                        .mapToLong(r -> r.measures().completed())
                        .sum())
                .isEqualTo(finished);
        assertThat(page("/reports?campaign=" + campaign))
                .contains(expected.sentence())
                .contains("总体完成率" + rate + "%");

        try (XSSFWorkbook sheet = new XSSFWorkbook(new ByteArrayInputStream(download(campaign)))) {
            assertThat(sheet.getSheet("总体情况").getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo(expected.sentence());
            Sheet byProblem = sheet.getSheet("按问题");
            Row sum = byProblem.getRow(byProblem.getLastRowNum());
            assertThat(sum.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(sum.getCell(1).getNumericCellValue()).isEqualTo(all.size());
            assertThat(sum.getCell(2).getNumericCellValue()).isEqualTo(finished);
            assertThat(sum.getCell(3).getNumericCellValue()).isEqualTo(nearly);
            assertThat(BigDecimal.valueOf(sum.getCell(5).getNumericCellValue())).isEqualByComparingTo(rate);
        }

        assertThat(notices.notice(office.user(), campaign, null, false).opening())
                .contains(expected.sentence());
    }

    @Test
    void overdueCountAgreesEverywhere() throws Exception {
        List<Measure> all = campaignMeasures();
        long overdue = all.stream()
                .filter(m -> Overdue.is(m.status(), m.deadline(), TODAY))
                .count();
        assertThat(overdue).as("the substantially done and the untouched one").isEqualTo(2);

        Dashboard dashboard = dashboards.dashboard(office.user(), campaign);
        assertThat(dashboard.overall().overdue()).isEqualTo(overdue);
        assertThat(dashboard.overdue())
                .extracting(Dashboard.OverdueRow::id)
                .containsExactlyInAnyOrder(nearlyLate.id(), openLate.id());
        assertThat(text(page("/dashboard?campaign=" + campaign), "overdue-count"))
                .isEqualTo(String.valueOf(overdue));

        assertThat(count(page("/ledger?campaign=" + campaign + "&size=200"), "tag tag-red\">逾期<"))
                .isEqualTo(overdue);
        String filtered = page("/ledger?campaign=" + campaign + "&overdue=true&size=200");
        assertThat(count(filtered, "tag tag-red\">逾期<")).isEqualTo(overdue);
        assertThat(filtered)
                .contains("/measures/" + nearlyLate.id())
                .contains("/measures/" + openLate.id())
                .doesNotContain("/measures/" + closedLate.id() + "\"")
                .doesNotContain("/measures/" + doneLate.id() + "\"");

        for (Measure late : List.of(nearlyLate, openLate)) {
            assertThat(page("/measures/" + late.id())).contains("id=\"measure-overdue\"");
        }
        for (Measure notLate : List.of(closedLate, doneLate, dueToday)) {
            assertThat(page("/measures/" + notLate.id())).doesNotContain("id=\"measure-overdue\"");
        }
    }

    @Test
    void latestReadingAndItsCompletionRateAgreeEverywhere() throws Exception {
        String rate = Percent.of(new BigDecimal("150"), new BigDecimal("200")).toPlainString();
        var view = indicators.view(office.user(), indicator);
        assertThat(Indicator.latest(view.readings())).map(r -> r.period()).contains("2021-12");
        assertThat(view.completionRate().toPlainString()).isEqualTo(rate);
        assertThat(view.readings()).extracting(r -> r.period()).containsExactly("2021-Q1", "2021-12");

        assertThat(dashboards.dashboard(office.user(), campaign).indicators())
                .filteredOn(i -> i.name().equals(INDICATOR))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.latest()).isEqualTo("150");
                    assertThat(i.rate()).isEqualTo(rate);
                });
        assertThat(page("/dashboard?campaign=" + campaign))
                .contains("<th scope=\"row\">" + INDICATOR
                        + "</th><td class=\"num\">150 项</td><td class=\"num\">200 项</td><td class=\"num\">" + rate
                        + "%</td>");
        String measurePage = page("/measures/" + nearlyLate.id());
        assertThat(measurePage).contains(INDICATOR + "（目标 200 项，完成率 " + rate + "%）");
        assertThat(measurePage.indexOf(">2021-Q1<")).isPositive().isLessThan(measurePage.indexOf(">2021-12<"));
    }

    @Test
    void periodsAreListedInTimeOrder() {
        List<String> periods = dashboards.dashboard(office.user(), campaign).trend().stream()
                .map(Dashboard.TrendRow::period)
                .toList();
        assertThat(periods).contains("2021-Q1", "2021-12").isSortedAccordingTo(Cycle.LABEL_ORDER);
        assertThat(periods.indexOf("2021-Q1")).isLessThan(periods.indexOf("2021-12"));
    }

    private List<Measure> campaignMeasures() {
        MeasureFilter filter = new MeasureFilter(campaign, null, null, Set.of(), Set.of(), Set.of(), null, null, null);
        return measures
                .list(office.user(), filter, MeasureSort.parse("ordinal"), 0, MeasureService.MAX_PAGE_SIZE, false)
                .items()
                .stream()
                .map(v -> v.measure())
                .toList();
    }

    /** A measure not yet set up, with a deadline its status would not keep it from. */
    private Measure other(List<Measure> all) {
        return all.stream().filter(m -> !taken.contains(m.id())).findFirst().orElseThrow();
    }

    /** The measure due on {@code deadline} and moved, by the office's moves, to {@code target}. */
    private Measure settle(Measure measure, LocalDate deadline, MeasureStatus target) {
        taken.add(measure.id());
        Measure m = measures.get(office.user(), measure.id());
        m = measures.assign(
                office.user(),
                m.id(),
                m.version(),
                new MeasureService.Assignment(
                        m.leadOrgId(), m.coUnitIds(), m.responsibleLeader(), deadline, MeasureType.DEADLINE));
        return reach(m, target);
    }

    private Measure reach(Measure m, MeasureStatus target) {
        var office = this.office.user();
        if (m.status() == target) {
            return m;
        }
        return switch (target) {
            case NOT_STARTED -> throw new IllegalStateException("no move leads back to 未启动");
            case IN_PROGRESS ->
                switch (m.status()) {
                    case NOT_STARTED -> measures.start(office, m.id(), m.version());
                    case CLOSED -> measures.reopen(office, m.id(), m.version(), "回头看");
                    default -> measures.sendBack(office, m.id(), m.version(), "退回重做");
                };
            case SUBSTANTIALLY_DONE, DONE ->
                m.moves().contains(taizhang.ledger.Move.REPORT_DONE)
                        ? measures.reportDone(office, m.id(), m.version(), target)
                        : reach(reach(m, MeasureStatus.IN_PROGRESS), target);
            case CLOSED -> {
                Measure done = reach(m, MeasureStatus.DONE);
                evidence.upload(office, done.id(), null, LedgerFixtures.evidenceFile());
                yield measures.close(office, done.id(), done.version());
            }
        };
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).header("Authorization", office.bearer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private byte[] download(long id) throws Exception {
        return mvc.perform(get("/api/v1/campaigns/" + id + "/statistics.xlsx").header("Authorization", office.bearer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** The text of the element with this id, tags removed. */
    private static String text(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>(.*?)</").matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1).replaceAll("<[^>]*>", "").strip();
    }

    private static long count(String html, String what) {
        return html.split(Pattern.quote(what), -1).length - 1;
    }
}
