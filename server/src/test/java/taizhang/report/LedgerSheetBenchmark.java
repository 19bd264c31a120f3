package taizhang.report;

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
import taizhang.ledger.LedgerGenerator;
import taizhang.shared.Role;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;

/**
 * Export and import times of a generated ledger, with the heap they take: a benchmark, so its
 * name keeps it out of the test run; run it by name, on a file database so the ledger is not
 * on the heap itself:
 * <pre>
 * mvn -pl server test -Dtest=LedgerSheetBenchmark -Dbench.measures=100000 -Dbench.import=true \
 *   -DargLine=-Xmx384m -Dspring.datasource.url='jdbc:h2:file:/tmp/report-bench/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH'
 * </pre>
 */
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

    @Test
    void exportAndImportAGeneratedLedger() throws Exception {
        int measures = Integer.getInteger("bench.measures", 100_000);
        var office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        long campaign = generator.generate(new LedgerGenerator.Request(measures, "基准-" + System.nanoTime(), 7), s -> { })
                .campaignId();
        Path file = Files.createTempFile("bench-ledger", ".xlsx");
        Peak peak = Peak.start();
        long started = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            export.write(office.user(), campaign, out);
        }
        report("export", measures, started, peak.stop(), Files.size(file));
        if (Boolean.getBoolean("bench.import")) {
            long target = ledger.campaign(office.user()).id();
            peak = Peak.start();
            started = System.nanoTime();
            SheetImportResult result = sheets.importSheet(office.user(), target, file);
            report("import (" + result.newMeasures() + " written, " + result.errorCount() + " errors)", measures, started,
                    peak.stop(), Files.size(file));
        }
        Files.deleteIfExists(file);
    }

    private static void report(String what, int measures, long started, long[] heap, long bytes) {
        System.out.printf("BENCH %s of %,d measures: %.1f s, file %.1f MB, heap used before %d MB, peak %d MB, max %d MB%n",
                what, measures, (System.nanoTime() - started) / 1e9, bytes / 1e6, heap[0] >> 20, heap[1] >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
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
