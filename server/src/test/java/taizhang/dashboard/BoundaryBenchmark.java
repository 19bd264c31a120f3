package taizhang.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import taizhang.cycle.CycleService;
import taizhang.ledger.LedgerGenerator;
import taizhang.report.ProgressNotices;
import taizhang.report.StatisticsService;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;

/**
 * The heavy reads and writes across features' boundaries, on a generated ledger: a cycle opened,
 * closed and reopened over it, its missing list, the dashboard's reports per period, the
 * statistics sheet and the notice, live and as of the cycle. H2 keeps a query's result while its
 * tables do not change, hence {@code OPTIMIZE_REUSE_RESULTS=0} below. A benchmark, so its name keeps it out
 * of the test run; run it by name, before and after a change, in the same conditions:
 * <pre>
 * mvn -o -q -pl server test -Dtest=BoundaryBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.measures=50000 \
 *   -Dspring.datasource.url='jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;OPTIMIZE_REUSE_RESULTS=0'
 * </pre>
 */
@DatabaseTest
@SpringBootTest
class BoundaryBenchmark {

    @Autowired
    LedgerGenerator generator;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CycleService cycles;

    @Autowired
    StatisticsService statistics;

    @Autowired
    ProgressNotices notices;

    @Autowired
    DashboardRepository dashboard;

    @Autowired
    JdbcClient jdbc;

    @Test
    void timeTheHeavyPaths() {
        int size = Integer.getInteger("bench.measures", 50_000);
        long campaign = generator
                .generate(new LedgerGenerator.Request(size, "边界基准-" + System.nanoTime(), 7), s -> {})
                .campaignId();
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        CurrentUser chifeng = fixtures.actor("赤峰市", Role.UNIT).user();
        String period = YearMonth.now().minusMonths(2).toString();
        jdbc.sql("""
                insert into progress_report (measure_id, organisation_id, period, body, claimed_status, status,
                                             author_id, submitted_at)
                select m.id, m.lead_org_id, :period, '基准测试进展', 'IN_PROGRESS', 'SUBMITTED', :author, current_timestamp
                from measure m where m.campaign_id = :c and m.status <> 'CLOSED' and m.lead_org_id is not null
                  and mod(m.id, 10) <> 0""")
                .param("period", period)
                .param("author", office.id())
                .param("c", campaign)
                .update();
        DashboardRepository.Scope whole = new DashboardRepository.Scope(campaign, null);
        DashboardRepository.Scope unit =
                new DashboardRepository.Scope(campaign, java.util.List.of(chifeng.organisationId()));
        LocalDate due = YearMonth.parse(period).atEndOfMonth().plusDays(5);
        once("open", () -> cycles.open(office, campaign, period, due, Set.of(), Set.of()));
        median("missing, open, office", () -> cycles.missing(office, campaign, period));
        median("missing, open, 赤峰市", () -> cycles.missing(chifeng, campaign, period));
        median("units, open", () -> cycles.units(office, campaign, period));
        median("obligations page, open", () -> cycles.obligations(office, campaign, period, true, 0, 50));
        median("dashboard by period, office", () -> dashboard.byPeriod(whole));
        median("dashboard by period, 赤峰市", () -> dashboard.byPeriod(unit));
        median("statistics, live", () -> statistics.statistics(office, campaign));
        once("notice, live", () -> notices.notice(office, campaign, null, false));
        once("close", () -> cycles.close(office, campaign, period));
        median("missing, closed, office", () -> cycles.missing(office, campaign, period));
        median("statistics, as of cycle", () -> statistics.asOfCycle(office, campaign, period));
        once("notice, as of cycle", () -> notices.asOfCycle(office, campaign, period, false));
        once("reopen", () -> cycles.reopen(office, campaign, period, "基准"));
        once("close again", () -> cycles.close(office, campaign, period));
    }

    private static void once(String what, Supplier<?> run) {
        long started = System.nanoTime();
        run.get();
        System.out.printf("BENCH %-32s %9.1f ms%n", what, (System.nanoTime() - started) / 1e6);
    }

    private static void median(String what, Supplier<?> run) {
        run.get();
        double[] times = new double[3];
        for (int i = 0; i < times.length; i++) {
            long started = System.nanoTime();
            run.get();
            times[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(times);
        System.out.printf("BENCH %-32s %9.1f ms (median of 3)%n", what, times[1]);
    }
}
