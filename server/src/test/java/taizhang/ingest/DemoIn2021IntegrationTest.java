package taizhang.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.cycle.CycleService;
import taizhang.dashboard.Dashboard;
import taizhang.dashboard.DashboardService;
import taizhang.ledger.Campaign;
import taizhang.ledger.CampaignService;
import taizhang.ledger.MeasureFilter;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureSort;
import taizhang.ledger.MeasureStatus;
import taizhang.notice.Notice;
import taizhang.notice.NoticeService;
import taizhang.notice.NoticeStatus;
import taizhang.notice.NoticeSummary;
import taizhang.org.DemoOrgTree;
import taizhang.report.ChangeService;
import taizhang.report.CompletionStatistics;
import taizhang.report.LedgerChanges;
import taizhang.report.StatisticsService;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.user.UserService;

/**
 * The demo as {@code ./taizhang serve} starts it, on its own empty database with the demo's today
 * 2021-10-15: the first start seeds the ledger's months, each step on its day, so the server shows
 * a ledger of 2021 in motion.
 */
@DatabaseTest
@SpringBootTest(
        properties = {
            "taizhang.demo-campaign=true",
            "taizhang.demo-today=2021-10-15",
            // Its own empty database, so the first start happens here whatever ran before.
            "spring.datasource.url=jdbc:h2:mem:demo2021;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
        })
@AutoConfigureMockMvc
class DemoIn2021IntegrationTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 10, 15);

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserService users;

    @Autowired
    CampaignService campaigns;

    @Autowired
    CycleService cycles;

    @Autowired
    DashboardService dashboards;

    @Autowired
    StatisticsService statistics;

    @Autowired
    ChangeService changes;

    @Autowired
    NoticeService notices;

    @Autowired
    MeasureService measures;

    @Test
    void theDemoLivesInOctober2021WithMonthlyCyclesFromJune() {
        assertThat(LocalDate.now(clock)).isEqualTo(TODAY);
        CurrentUser office = users.login("office").orElseThrow().user();
        long campaign = demoCampaign(office);

        assertThat(cycles.list(office, campaign))
                .extracting(c -> c.period().label() + " " + c.status() + " " + c.dueDate())
                .containsExactly(
                        "2021-10 OPEN 2021-11-10",
                        "2021-09 CLOSED 2021-10-10",
                        "2021-08 CLOSED 2021-09-10",
                        "2021-07 CLOSED 2021-08-10",
                        "2021-06 CLOSED 2021-07-10");
        assertThat(cycles.get(office, campaign, "2021-09")
                        .closedAt()
                        .atZone(clock.getZone())
                        .toLocalDate())
                .isEqualTo(LocalDate.of(2021, 10, 11));
    }

    /**
     * The import was on 2021-05-31, so assignments.tsv's deadlines "-1", "+3" and "+4" months fell on
     * 2021-04-30, 2021-08-31 and 2021-09-30, and by 15 October the measures due then and not finished
     * (基本完成 is not finished) are overdue. Counted by hand from the file and the seed: "-1" gives
     * 9.2 (基本完成), 14.1, 14.2 and 16.1 (finished, as the seed says, so not overdue); "+3" gives 9.4
     * (基本完成), 18.1 to 18.4, 23.1 and 23.3 (the rest of problem 23); "+4" gives 15.2, 16.2, 16.3 and
     * 23.2, but 15.2 is the demo unit's first measure, whose 申请延期 moved it two months on. So
     * 3 + 7 + 3 = 13. Nothing due later is overdue: the measures the demo unit took over are
     * due 2021-11-30, the supervision finding's in December, the banners' parts with their parent.
     */
    @Test
    void theDashboardIsOverdueAsOfMidOctober() {
        CurrentUser office = users.login("office").orElseThrow().user();
        Dashboard dashboard = dashboards.dashboard(office, demoCampaign(office));

        List<String> deadlines = dashboard.overdue().stream()
                .map(Dashboard.OverdueRow::deadline)
                .distinct()
                .sorted()
                .toList();
        assertThat(dashboard.overall().overdue()).isEqualTo(13);
        // The first ten of them, earliest first.
        assertThat(deadlines).contains("2021-04-30").isSubsetOf("2021-04-30", "2021-08-31", "2021-09-30");
        assertThat(dashboard.byWarning())
                .filteredOn(r -> r.label().contains("红"))
                .singleElement()
                .satisfies(red -> assertThat(red.total())
                        .isGreaterThanOrEqualTo(dashboard.overall().overdue()));
    }

    /**
     * As of 2021-09-30, counted by hand: the seed names 23 problems and the import reads 82 measures
     * from it; the seed states two of them finished (3.2 and 16.1); assignments.tsv marks 9.2 and 9.4 基本完成;
     * the demo's months move no status (each report claims the status its measure has), and the
     * measures added since (the supervision finding's, the two banners' parts) came on 2021-10-14.
     * So 82 measures, 2 完成, 2 基本完成, 78 未完成, 2/82 = 2.44%.
     */
    @Test
    void theStatisticsAsOfTheEndOfSeptemberAreTheSeedsWithTheDemoAssignments() {
        CurrentUser office = users.login("office").orElseThrow().user();
        long campaign = demoCampaign(office);
        CompletionStatistics then = statistics.asOf(office, campaign, LocalDate.of(2021, 9, 30));

        assertThat(then.measures().sentence()).isEqualTo("制定的82项整改措施，完成整改2项，基本完成2项，未完成78项，总体完成率2.44%");
        assertThat(then.problems().total()).isEqualTo(23);
        assertThat(measures.list(
                                office,
                                new MeasureFilter(
                                        campaign,
                                        null,
                                        null,
                                        Set.of(MeasureStatus.DONE),
                                        Set.of(),
                                        Set.of(),
                                        null,
                                        null,
                                        null,
                                        false),
                                MeasureSort.parse("id"),
                                0,
                                MeasureService.MAX_PAGE_SIZE,
                                false)
                        .items())
                .extracting(v -> v.problemNumber() + "." + v.measure().ordinal())
                .containsExactlyInAnyOrder("3.2", "16.1");
    }

    /** The changes of the open month against September: the supervision finding's measure and the two parts are new, the import is not. */
    @Test
    void octoberAgainstSeptemberHasTheMeasuresAddedInOctoberOnly() {
        CurrentUser office = users.login("office").orElseThrow().user();
        LedgerChanges october = changes.betweenCycles(office, demoCampaign(office), "2021-09", "2021-10");

        assertThat(october.newMeasures()).hasSize(3);
        assertThat(october.newMeasures())
                .allSatisfy(m ->
                        assertThat(m.at().atZone(clock.getZone()).toLocalDate()).isEqualTo(LocalDate.of(2021, 10, 14)));
    }

    @Test
    void oneNoticeAsOfTheEndOfSeptemberIsPublishedIn2021() throws Exception {
        CurrentUser office = users.login("office").orElseThrow().user();
        List<NoticeSummary> published = notices.list(office, demoCampaign(office)).stream()
                .filter(n -> n.status() == NoticeStatus.PUBLISHED)
                .toList();

        assertThat(published).singleElement().satisfies(n -> {
            assertThat(n.asOf()).isEqualTo(LocalDate.of(2021, 9, 30));
            assertThat(n.issuedOn()).isEqualTo(TODAY);
            assertThat(n.number()).isEqualTo("内整改办发〔2021〕1号");
        });
        Notice notice = notices.get(office, published.get(0).id());
        assertThat(notice.full().measures().sentence()).isEqualTo("制定的82项整改措施，完成整改2项，基本完成2项，未完成78项，总体完成率2.44%");
        assertThat(notice.full().problems().total()).isEqualTo(23);
        // The Word files as a reader downloads them; with -Ddemo.notice.out=DIR they are kept there, for
        // bench/notice-preview.sh to render (how many pages the demo's notice runs to).
        String bearer = fixtures.actor(DemoOrgTree.REGION, Role.OFFICE).bearer();
        for (String file : List.of("notice.docx", "brief.docx")) {
            byte[] docx = mvc.perform(
                            get("/api/v1/notices/{id}/" + file, published.get(0).id())
                                    .header("Authorization", bearer))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            assertThat(docx).startsWith('P', 'K');
            if (System.getProperty("demo.notice.out") != null) {
                Files.write(Path.of(System.getProperty("demo.notice.out"), file), docx);
            }
        }
    }

    private long demoCampaign(CurrentUser office) {
        return campaigns.visible(office).stream()
                .filter(c -> c.name().equals(DemoCampaign.NAME))
                .map(Campaign::id)
                .findFirst()
                .orElseThrow();
    }
}
