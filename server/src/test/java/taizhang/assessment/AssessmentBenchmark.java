package taizhang.assessment;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import taizhang.cycle.CycleQueries;
import taizhang.cycle.CycleService;
import taizhang.extension.ExtensionService;
import taizhang.ledger.LedgerGenerator;
import taizhang.ledger.MeasureFigures;
import taizhang.org.OrgKind;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.progress.ProgressQueries;
import taizhang.shared.CurrentUser;
import taizhang.shared.Cycle;
import taizhang.shared.Role;
import taizhang.shared.TableStatistics;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;

/**
 * How long computing a year's 考核 takes, and how much heap it needs, on a generated campaign whose
 * measures are led by {@code bench.units} units (5,000), with {@code bench.cycles} closed monthly
 * cycles of 2024 (3) in which nine units in ten reported and one report in 37 was returned, and
 * 2,000 extension requests. A benchmark, so its name keeps it out of the test run; bench/assessment.sh
 * runs it in two phases on a file database: {@code bench.phase=prepare} generates (with a large
 * heap), {@code bench.phase=measure} times the computation with the heap capped
 * ({@code -Dtest.jvm.args=-Xmx512m}); the default, {@code all}, does both in one JVM:
 * <pre>
 * mvn -o -pl server test -Dtest=AssessmentBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.measures=100000 \
 *   -Dspring.datasource.url='jdbc:h2:file:/tmp/assess-bench/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH'
 * </pre>
 */
@DatabaseTest
@SpringBootTest
class AssessmentBenchmark {

    private static final String CAMPAIGN = "考核基准";
    private static final String UNIT = "考核基准单位";
    private static final int YEAR = 2024;

    @Autowired
    LedgerGenerator generator;

    @Autowired
    OrgService organisations;

    @Autowired
    CycleService cycles;

    @Autowired
    AssessmentService assessments;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CycleQueries cycleQueries;

    @Autowired
    TableStatistics statistics;

    @Autowired
    MeasureFigures measureFigures;

    @Autowired
    ProgressQueries progressQueries;

    @Autowired
    ExtensionService extensions;

    @Autowired
    AssessmentFigures figures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void computeAYearOfAGeneratedLedger() {
        String phase = System.getProperty("bench.phase", "all");
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        if (!phase.equals("measure")) {
            prepare(office);
        }
        if (!phase.equals("prepare")) {
            measure(office);
        }
    }

    private void prepare(CurrentUser office) {
        int size = Integer.getInteger("bench.measures", 100_000);
        int units = Integer.getInteger("bench.units", 5_000);
        int months = Integer.getInteger("bench.cycles", 3);
        long started = System.nanoTime();
        long campaign = generator
                .generate(new LedgerGenerator.Request(size, CAMPAIGN + "-" + size, 14), s -> {})
                .campaignId();
        System.out.printf("BENCH assessment generated %,d measures in %.1f s%n", size, seconds(started));
        started = System.nanoTime();
        List<Long> ids = units(units);
        long first = ids.get(0);
        if (ids.get(ids.size() - 1) - first != ids.size() - 1) {
            throw new IllegalStateException("the benchmark's units do not have consecutive ids");
        }
        jdbc.sql("update measure set lead_org_id = :first + mod(id, :n) where campaign_id = :c")
                .param("first", first)
                .param("n", ids.size())
                .param("c", campaign)
                .update();
        // As autovacuum would, minutes later: the planner should see a million measures, not none.
        statistics.refresh("measure");
        statistics.refresh("progress_report");
        System.out.printf("BENCH assessment %,d units lead the measures (%.1f s)%n", ids.size(), seconds(started));
        for (int month = 1; month <= months; month++) {
            started = System.nanoTime();
            Cycle period = Cycle.month(YEAR, month);
            report(campaign, period.label(), office.id());
            statistics.refresh("progress_report");
            cycles.open(office, campaign, period.label(), period.last().plusDays(10), Set.of(), Set.of());
            cycles.close(office, campaign, period.label());
            System.out.printf(
                    "BENCH assessment cycle %s reported, opened and closed in %.1f s%n", period, seconds(started));
        }
        jdbc.sql("""
                insert into extension_request (measure_id, campaign_id, org_id, deadline_before, requested_deadline,
                                               reason, status, requested_by, requested_at, decided_by, decided_at)
                select m.id, m.campaign_id, m.lead_org_id, m.deadline, date '2025-06-30', '基准测试', 'APPROVED', 'bench',
                       timestamp '2024-03-01 08:00:00', 'bench', timestamp '2024-03-02 08:00:00'
                from measure m where m.campaign_id = :c and m.deadline is not null and mod(m.id, :every) = 0""")
                .param("c", campaign)
                .param("every", Math.max(1, size / 2_000))
                .update();
    }

    /**
     * Submitted reports of nine lead units in ten for the period, one in 37 of them returned. The
     * reports already there are read once ({@code not in}, a hashed subplan): as {@code not exists}
     * over a report table analysed empty, PostgreSQL scanned the growing table once per measure.
     */
    private void report(long campaign, String period, long author) {
        jdbc.sql("""
                insert into progress_report (measure_id, organisation_id, period, body, claimed_status, status,
                                             return_reason, author_id, submitted_at)
                select m.id, m.lead_org_id, :period, '基准测试进展', 'IN_PROGRESS',
                       case when mod(m.id, 37) = 0 then 'RETURNED' else 'SUBMITTED' end,
                       case when mod(m.id, 37) = 0 then '请补充数据' end, :author, current_timestamp
                from measure m where m.campaign_id = :c and m.status <> 'CLOSED' and mod(m.id, 10) <> 0
                  and m.id not in (select r.measure_id from progress_report r where r.period = :period)""")
                .param("period", period)
                .param("author", author)
                .param("c", campaign)
                .update();
    }

    private List<Long> units(int count) {
        List<Organisation> leagues = organisations.all().stream()
                .filter(o -> o.kind() == OrgKind.CITY)
                .toList();
        long existing = organisations.all().stream()
                .filter(o -> o.name().startsWith(UNIT))
                .count();
        for (int i = (int) existing; i < count; i++) {
            organisations.createBySystem(
                    leagues.get(i % leagues.size()), String.format("%s%05d", UNIT, i), OrgKind.COUNTY, null);
        }
        return organisations.all().stream()
                .filter(o -> o.name().startsWith(UNIT))
                .map(Organisation::id)
                .sorted()
                .toList()
                .subList(0, count);
    }

    private void measure(CurrentUser office) {
        long campaign = jdbc.sql("select max(id) from ledger_campaign_view where name like :name")
                .param("name", CAMPAIGN + "-%")
                .query(Long.class)
                .single();
        long measures = jdbc.sql("select count(*) from measure where campaign_id = :c")
                .param("c", campaign)
                .query(Long.class)
                .single();
        System.out.printf(
                "BENCH assessment heap max %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
        parts(campaign);
        for (int round = 1; round <= 3; round++) {
            System.gc();
            resetPeaks();
            long started = System.nanoTime();
            Assessment year = assessments.compute(office, campaign, YEAR);
            double computed = seconds(started);
            long peak = peakHeapMb();
            started = System.nanoTime();
            Assessment read = assessments.read(office, campaign, YEAR);
            double reading = seconds(started);
            started = System.nanoTime();
            int bytes = AssessmentSheet.write(read).length + AssessmentDocx.write(read, "2025年1月5日").length;
            System.out.printf(
                    "BENCH assessment round %d, %,d measures, %,d units (%s): compute %.2f s (heap peak %d MB),"
                            + " read %.2f s, Excel + DOCX %.2f s (%,d bytes)%n",
                    round,
                    measures,
                    year.units().size(),
                    year.ratingCounts(),
                    computed,
                    peak,
                    reading,
                    seconds(started),
                    bytes);
        }
    }

    /** Each owner's grouped query once, timed: where a slow computation spends its time. */
    private void parts(long campaign) {
        LocalDate first = LocalDate.of(YEAR, 1, 1);
        LocalDate last = LocalDate.of(YEAR, 12, 31);
        time(
                "cycle obligations by lead unit",
                () -> cycleQueries.reportingByLeadUnit(campaign, first, last).size());
        time(
                "measures by lead unit",
                () -> measureFigures
                        .deadlinesByLead(campaign, first, last.plusDays(1))
                        .size());
        time(
                "returned reports by unit",
                () -> progressQueries
                        .returnedByUnit(
                                AssessmentFigures.periods(YEAR), MeasureFigures.inCampaign(campaign, "r.measure_id"))
                        .size());
        time(
                "extensions by measure and unit",
                () -> extensions.countsRequestedIn(campaign, YEAR).size());
        time(
                "all observations",
                () -> figures.observe(campaign, YEAR, last.plusDays(5)).size());
    }

    private static void time(String what, java.util.function.IntSupplier run) {
        long started = System.nanoTime();
        int rows = run.getAsInt();
        System.out.printf("BENCH assessment part: %s, %,d rows, %.2f s%n", what, rows, seconds(started));
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the reset: at least the heap in use at its fullest. */
    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed())
                        .sum()
                >> 20;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
