package taizhang.ledger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import taizhang.support.DatabaseTest;

/**
 * How long the nightly warning recomputation takes on a generated ledger: three runs as they
 * come (few levels change), then one after every stored level was reset to green (every level
 * that is not green is written). A benchmark, so its name keeps it out of the test run. Run it
 * by name on a file database; {@code -Dbench.reuse=true} keeps the ledger a former run generated:
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
    JdbcClient jdbc;

    @Test
    void recomputeTheWarningsOfAGeneratedLedger() {
        int size = Integer.getInteger("bench.measures", 100_000);
        if (!Boolean.getBoolean("bench.reuse")) {
            generator.generate(new LedgerGenerator.Request(size, "预警基准-" + System.nanoTime(), 7), s -> {});
        }
        long total = jdbc.sql("select count(*) from measure").query(Long.class).single();
        for (int run = 1; run <= 4; run++) {
            if (run == 4) {
                jdbc.sql("update measure set warning = 'GREEN'").update();
            }
            long started = System.nanoTime();
            int changed = warnings.recomputeAll();
            System.out.printf(
                    "BENCH warnings recomputed, run %d%s, %,d measures: %.2f s, %,d changed%n",
                    run, run == 4 ? " (all reset to green)" : "", total, (System.nanoTime() - started) / 1e9, changed);
        }
    }
}
