package taizhang.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import taizhang.audit.AuditTrail;
import taizhang.audit.ChainVerification;
import taizhang.ledger.LedgerGenerator;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;

/**
 * Export and import times of a generated ledger, with the heap they take, and the audit chain
 * checked after the import: a benchmark, so its name keeps it out of the test run. Run it by
 * name with a small heap (the argLine replaces the pom's 2 GB), on a file database so the
 * ledger is not on the heap itself:
 * <pre>
 * mvn -pl server -am verify -Dtest=LedgerSheetBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.measures=100000 \
 *   -Dtest.jvm.args=-Xmx256m \
 *   -Dspring.datasource.url='jdbc:h2:file:/tmp/report-bench/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH'
 * </pre>
 * On PostgreSQL, give its URL with {@code -Dspring.datasource.username=postgres} instead.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class LedgerSheetBenchmark {

    @Autowired
    LedgerGenerator generator;
    @Autowired
    LedgerExport export;
    @Autowired
    SheetImport sheets;
    @Autowired
    Fixtures fixtures;
    @Autowired
    LedgerFixtures ledger;
    @Autowired
    AuditTrail audit;

    @Test
    void exportAndImportAGeneratedLedger() throws Exception {
        int measures = Integer.getInteger("bench.measures", 100_000);
        var office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        long campaign = generator.generate(new LedgerGenerator.Request(measures, "基准-" + System.nanoTime(), 7), s -> { })
                .campaignId();
        Path file = Files.createTempFile("bench-ledger", ".xlsx");
        Peak peak = Peak.start();
        long started = System.nanoTime();
        long startedCpu = cpu();
        try (OutputStream out = Files.newOutputStream(file)) {
            export.write(office.user(), campaign, out);
        }
        report("export", measures, started, startedCpu, peak.stop(), Files.size(file));
        long target = ledger.campaign(office.user()).id();
        long eventsBefore = audit.verify().events();
        peak = Peak.start();
        started = System.nanoTime();
        startedCpu = cpu();
        SheetImportResult result = sheets.importSheet(office.user(), target, file);
        report("import (" + result.newMeasures() + " written, " + result.errorCount() + " errors)", measures, started,
                startedCpu, peak.stop(), Files.size(file));
        ChainVerification chain = audit.verify();
        System.out.printf("BENCH audit chain after import: intact %s, %,d events added%n", chain.intact(),
                chain.events() - eventsBefore);
        assertThat(result.newMeasures()).isEqualTo(measures);
        assertThat(chain.intact()).isTrue();
        Files.deleteIfExists(file);
    }

    /** Wall time and this thread's CPU time, which the embedded database's work runs on too; on a shared machine they differ. */
    private static void report(String what, int measures, long started, long startedCpu, long[] heap, long bytes) {
        System.out.printf("BENCH %s of %,d measures: %.1f s (%.1f s CPU), file %.1f MB, heap used before %d MB, peak %d MB, max %d MB%n",
                what, measures, (System.nanoTime() - started) / 1e9, (cpu() - startedCpu) / 1e9, bytes / 1e6,
                heap[0] >> 20, heap[1] >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Samples the used heap every 20 ms on a daemon thread; reports the baseline (after a GC) and the peak. */
    private record Peak(long baseline, AtomicLong peak, Thread sampler) {

        static Peak start() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long baseline = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(baseline);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            return new Peak(baseline, peak, sampler);
        }

        long[] stop() {
            sampler.interrupt();
            return new long[] {baseline, peak.get()};
        }
    }
}
