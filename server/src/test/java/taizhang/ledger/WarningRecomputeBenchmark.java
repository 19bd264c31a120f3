package taizhang.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import taizhang.support.DatabaseTest;

/**
 * How long the nightly warning recomputation takes on a generated ledger, set-based
 * ({@link WarningService#recomputeAll}) against the Java loop it replaced (read the unfinished
 * measures a thousand at a time, one {@code UPDATE} per measure), alternated in one JVM on one
 * database so that both see the same load: as they come (few levels change), then after every
 * stored level was reset to green (every level that is not green is written). A benchmark, so
 * its name keeps it out of the test run. Run it by name on a file database;
 * {@code -Dbench.reuse=true} keeps the ledger a former run generated:
 * <pre>
 * mvn -o -pl server -am test -Dtest=WarningRecomputeBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.measures=100000 \
 *   -Dspring.datasource.url='jdbc:h2:file:/tmp/warn-bench/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH'
 * </pre>
 */
@DatabaseTest
@SpringBootTest
class WarningRecomputeBenchmark {

    @Autowired
    LedgerGenerator generator;

    @Autowired
    WarningService warnings;

    @Autowired
    MeasureRepository measures;

    @Autowired
    Warnings rules;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recomputeTheWarningsOfAGeneratedLedger() {
        int size = Integer.getInteger("bench.measures", 100_000);
        if (!Boolean.getBoolean("bench.reuse")) {
            generator.generate(new LedgerGenerator.Request(size, "预警基准-" + System.nanoTime(), 7), s -> {});
        }
        long total = jdbc.sql("select count(*) from measure").query(Long.class).single();
        for (int round = 1; round <= 3; round++) {
            time("set-based", total, false, warnings::recomputeAll);
            time("java loop", total, false, this::javaLoop);
        }
        for (int round = 1; round <= 2; round++) {
            time("set-based", total, true, warnings::recomputeAll);
            time("java loop", total, true, this::javaLoop);
        }
    }

    private void time(String how, long total, boolean reset, IntSupplier run) {
        if (reset) {
            jdbc.sql("update measure set warning = 'GREEN'").update();
        }
        long started = System.nanoTime();
        int changed = run.getAsInt();
        System.out.printf(
                "BENCH warnings %s%s, %,d measures: %.2f s, %,d changed%n",
                how, reset ? " (all reset to green)" : "", total, (System.nanoTime() - started) / 1e9, changed);
    }

    /** The recomputation before this branch, with each campaign's rules. */
    private int javaLoop() {
        Instant now = clock.instant();
        java.util.Map<Long, WarningRules> byCampaign = new java.util.HashMap<>();
        int changed = 0;
        long after = 0;
        List<Measure> batch;
        while (!(batch = measures.unfinishedAfter(after, 1000)).isEmpty()) {
            for (Measure m : batch) {
                WarningLevel level = m.withWarningAt(
                                now, clock.getZone(), byCampaign.computeIfAbsent(m.campaignId(), rules::rules), null)
                        .warning();
                changed += measures.updateWarning(m.id(), level);
            }
            after = batch.get(batch.size() - 1).id();
        }
        return changed;
    }
}
