package taizhang.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import taizhang.audit.AuditTrail;
import taizhang.audit.ChainVerification;
import taizhang.ledger.LedgerGenerator;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;

/**
 * Export and import times of a generated ledger, with the heap they take, and the audit chain
 * checked after each import: the sheet without its keys into a new campaign (every row a new
 * measure; first its first {@code bench.warmup} rows, 10,000 unless set, to warm the server), then the sheet back into its own campaign with every tenth 责任人 edited. A benchmark, so its name keeps it out of the test run. Run it by
 * name with a small heap and the collector {@code ./taizhang} starts the server with (the argLine
 * replaces the pom's 2 GB and the JVM's default G1), on a file database so the ledger is not on the heap itself:
 * <pre>
 * mvn -pl server -am verify -Dtest=LedgerSheetBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.measures=100000 \
 *   -Dtest.jvm.args='-Xmx256m -XX:+UseParallelGC -XX:NewRatio=1' \
 *   -Dspring.datasource.url='jdbc:h2:file:/tmp/report-bench/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH'
 * </pre>
 * On PostgreSQL, give its URL with {@code -Dspring.datasource.username=postgres} instead.
 * {@code -Dbench.back=false} leaves out the keyed import back.
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

    @Autowired
    JdbcClient jdbc;

    @Test
    void exportAndImportAGeneratedLedger() throws Exception {
        int measures = Integer.getInteger("bench.measures", 100_000);
        var office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        long campaign = generator
                .generate(new LedgerGenerator.Request(measures, "基准-" + System.nanoTime(), 7), s -> {})
                .campaignId();
        Path file = Files.createTempFile("bench-ledger", ".xlsx");
        Peak peak = Peak.start();
        long started = System.nanoTime();
        long[] startedCpu = cpu();
        try (OutputStream out = Files.newOutputStream(file)) {
            export.write(office.user(), campaign, out, java.util.function.UnaryOperator.identity());
        }
        report("export", measures, started, startedCpu, peak.stop(), Files.size(file));
        // As new measures: no key, and none closed (closing needs evidence, which a row cannot carry).
        BiConsumer<Integer, Map<Integer, Object>> withoutKeys = (row, cells) -> {
            cells.remove(LedgerColumn.KEY.ordinal());
            cells.replace(LedgerColumn.STATUS.ordinal(), "已销号", "已完成");
        };
        Path keyless = copy(file, Integer.MAX_VALUE, withoutKeys);
        AtomicLong edits = new AtomicLong();
        Path edited = copy(file, Integer.MAX_VALUE, (row, cells) -> {
            // A closed measure cannot be changed, from a sheet or otherwise.
            if (row % 10 == 0 && !"已销号".equals(cells.get(LedgerColumn.STATUS.ordinal()))) {
                cells.put(LedgerColumn.LEADER.ordinal(), "基准改" + row);
                edits.incrementAndGet();
            }
        });

        // The targets are for a warm server: the first rows of a cold import run interpreted.
        int warmUp = Integer.getInteger("bench.warmup", 10_000);
        if (warmUp > 0) {
            Path first = copy(file, warmUp, withoutKeys);
            timedImport(
                    "warm-up import as new measures",
                    office.user(),
                    ledger.campaign(office.user()).id(),
                    first,
                    warmUp);
            Files.delete(first);
        }
        SheetImportResult added = timedImport(
                "import as new measures",
                office.user(),
                ledger.campaign(office.user()).id(),
                keyless,
                measures);
        assertThat(added.errors()).isEmpty();
        assertThat(added.newMeasures()).isEqualTo(measures);
        if (Boolean.parseBoolean(System.getProperty("bench.back", "true"))) {
            SheetImportResult updated = timedImport(
                    "import back into its campaign, every tenth 责任人 edited", office.user(), campaign, edited, measures);
            assertThat(updated.updatedMeasures()).isEqualTo(edits.get());
            assertThat(updated.unchangedMeasures()).isEqualTo(measures - edits.get());
        }
        for (Path f : List.of(file, keyless, edited)) {
            Files.deleteIfExists(f);
        }
    }

    private SheetImportResult timedImport(String what, CurrentUser user, long campaign, Path file, int measures)
            throws Exception {
        long eventsBefore = audit.verify().events();
        Peak peak = Peak.start();
        long started = System.nanoTime();
        long[] startedCpu = cpu();
        SheetImportResult result = sheets.importSheet(user, campaign, file);
        report(
                what + " (" + result.newMeasures() + " added, " + result.updatedMeasures() + " updated, "
                        + result.errorCount() + " errors)",
                measures,
                started,
                startedCpu,
                peak.stop(),
                Files.size(file));
        awaitSealed();
        ChainVerification chain = audit.verify();
        System.out.printf(
                "BENCH audit chain after import: intact %s, %,d events added%n",
                chain.intact(), chain.events() - eventsBefore);
        assertThat(chain.intact()).isTrue();
        assertThat(chain.unsealed()).isZero();
        return result;
    }

    /**
     * Waits until the sealer has hashed every committed event into the chain (the import returns
     * after the commit, with its events still pending) and reports that time on its own.
     */
    private void awaitSealed() throws InterruptedException {
        long started = System.nanoTime();
        long[] startedCpu = cpu();
        long pending = pending();
        long left = pending;
        while (left > 0) {
            assertThat(System.nanoTime() - started)
                    .as("sealed within 10 minutes")
                    .isLessThan(600_000_000_000L);
            Thread.sleep(100);
            left = pending();
        }
        long[] cpu = cpu();
        System.out.printf(
                "BENCH sealing after the import: %,d events pending when it returned, all sealed %.1f s later (JVM %.1f s CPU, GC %.1f s)%n",
                pending,
                (System.nanoTime() - started) / 1e9,
                (cpu[1] - startedCpu[1]) / 1e9,
                (cpu[2] - startedCpu[2]) / 1e3);
    }

    private long pending() {
        return jdbc.sql("select count(*) from audit_pending").query(Long.class).single();
    }

    /**
     * The sheet as an office would save it after editing each data row's cells (by column), read
     * and written as streams so the copy fits the benchmark's heap. Not timed.
     */
    private static Path copy(Path exported, int rows, BiConsumer<Integer, Map<Integer, Object>> edit) throws Exception {
        Path copy = Files.createTempFile("bench-ledger-edited", ".xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                OutputStream out = Files.newOutputStream(copy)) {
            SXSSFSheet sheet = workbook.createSheet("整改台账");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            SheetReader.read(exported, row -> {
                if (row.number() - LedgerSheet.HEADER_ROW - 1 > rows) {
                    return;
                }
                Map<Integer, Object> cells = new TreeMap<>();
                row.cells()
                        .forEach((column, cell) -> cells.put(column, cell.date() != null ? cell.date() : cell.text()));
                if (row.number() > LedgerSheet.HEADER_ROW + 1) {
                    edit.accept(row.number(), cells);
                }
                Row written = sheet.createRow(row.number() - 1);
                cells.forEach((column, value) -> {
                    if (value instanceof LocalDate d) {
                        written.createCell(column).setCellValue(d);
                        written.getCell(column).setCellStyle(date);
                    } else if (value != null && !value.toString().isEmpty()) {
                        written.createCell(column).setCellValue(value.toString());
                    }
                });
            });
            workbook.write(out);
            workbook.dispose();
        }
        return copy;
    }

    /**
     * Wall time, this thread's CPU time (which the embedded database's work runs on too), the
     * whole JVM's (garbage collection and H2's background writer as well) and the collectors'
     * time; on a shared machine wall and CPU differ.
     */
    private static void report(String what, int measures, long started, long[] startedCpu, long[] heap, long bytes) {
        long[] cpu = cpu();
        System.out.printf(
                "BENCH %s of %,d measures: %.1f s (%.1f s CPU, JVM %.1f s, GC %.1f s, %.1f GB allocated), file %.1f MB, heap used before %d MB, peak %d MB, max %d MB%n",
                what,
                measures,
                (System.nanoTime() - started) / 1e9,
                (cpu[0] - startedCpu[0]) / 1e9,
                (cpu[1] - startedCpu[1]) / 1e9,
                (cpu[2] - startedCpu[2]) / 1e3,
                (cpu[3] - startedCpu[3]) / 1e9,
                bytes / 1e6,
                heap[0] >> 20,
                heap[1] >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /**
     * This thread's CPU time and the process's, in ns, the collectors' accumulated time in ms and
     * the bytes this thread allocated (steadier than time on a shared machine).
     */
    private static long[] cpu() {
        long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
        return new long[] {
            ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(),
            ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime(),
            gc,
            ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes()
        };
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
