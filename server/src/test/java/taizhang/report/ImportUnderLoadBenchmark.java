package taizhang.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.org.OrgKind;
import taizhang.org.OrgService;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * Other users' latency while a large Excel ledger is imported: 16 clients (8 making audited
 * writes, 8 reading the ledger API) run first on a quiet server, then while one office imports a
 * sheet of {@code bench.rows} new measures through the API. Prints operations, failures, p50, p99
 * and max per phase. A benchmark, so its name keeps it out of the test run; run it by name, on a
 * file database or PostgreSQL so that the import is not on the heap:
 * <pre>
 * mvn -o -pl server test -Dtest=ImportUnderLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.rows=20000 \
 *   -Dspring.datasource.url=jdbc:postgresql://127.0.0.1:5432/DB -Dspring.datasource.username=postgres
 * </pre>
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class ImportUnderLoadBenchmark {

    private static final int WRITERS = 8;
    private static final int READERS = 8;

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgService organisations;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Test
    void othersLatencyWhileALargeSheetIsImported() throws Exception {
        int rows = Integer.getInteger("bench.rows", 20_000);
        long quietMillis = Long.getLong("bench.quiet-ms", 10_000);
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        Actor reader = fixtures.actor("内蒙古自治区", Role.OFFICE);
        long campaign = ledger.campaign(office.user()).id();
        long parent = fixtures.org("通辽市").id();
        Path sheet = sheet(rows);
        byte[] bytes = Files.readAllBytes(sheet);
        Files.delete(sheet);

        Clients quiet = new Clients(admin, reader, parent, campaign);
        quiet.runFor(quietMillis);
        quiet.report("quiet, no import");

        Clients during = new Clients(admin, reader, parent, campaign);
        ExecutorService importer = Executors.newSingleThreadExecutor();
        long started = System.nanoTime();
        Future<Integer> imported =
                importer.submit(() -> mvc.perform(multipart("/api/v1/campaigns/{id}/ledger.xlsx", campaign)
                                .file(new MockMultipartFile("file", "台账.xlsx", "application/octet-stream", bytes))
                                .header("Authorization", office.bearer()))
                        .andReturn()
                        .getResponse()
                        .getStatus());
        during.runUntil(imported);
        System.out.printf(
                "BENCH import of %,d rows: status %d, %.1f s%n",
                rows, imported.get(), (System.nanoTime() - started) / 1e9);
        importer.shutdown();
        during.report("during the import");
        assertThat(imported.get()).isEqualTo(200);
    }

    private static Path sheet(int rows) throws Exception {
        Path file = Files.createTempFile("import-under-load", ".xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            List<String> headers = LedgerColumn.headers();
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r + 1);
                if (r % 5 == 0) {
                    row.createCell(LedgerColumn.PROBLEM.ordinal()).setCellValue((r / 5 + 1) + ".问题" + (r / 5 + 1));
                }
                row.createCell(LedgerColumn.MEASURE.ordinal()).setCellValue("措施" + r);
                row.createCell(LedgerColumn.LEAD.ordinal()).setCellValue(r % 2 == 0 ? "赤峰市" : "通辽市");
                row.createCell(LedgerColumn.DEADLINE.ordinal()).setCellValue("2099-12-31");
            }
            workbook.write(out);
        }
        return file;
    }

    /** The 16 other clients: each records the latency of every operation and counts failures. */
    private final class Clients {
        private final Actor admin;
        private final Actor reader;
        private final long parent;
        private final long campaign;
        private final List<Long> writes = Collections.synchronizedList(new ArrayList<>());
        private final List<Long> reads = Collections.synchronizedList(new ArrayList<>());
        private final AtomicLong failures = new AtomicLong();
        private final AtomicBoolean stop = new AtomicBoolean();

        Clients(Actor admin, Actor reader, long parent, long campaign) {
            this.admin = admin;
            this.reader = reader;
            this.parent = parent;
            this.campaign = campaign;
        }

        void runFor(long millis) throws Exception {
            ExecutorService threads = start();
            Thread.sleep(millis);
            stopAll(threads);
        }

        void runUntil(Future<?> done) throws Exception {
            ExecutorService threads = start();
            done.get(30, TimeUnit.MINUTES);
            stopAll(threads);
        }

        private ExecutorService start() {
            ExecutorService threads = Executors.newFixedThreadPool(WRITERS + READERS);
            for (int i = 0; i < WRITERS; i++) {
                threads.submit(() -> loop(
                        writes,
                        () -> organisations.create(
                                admin.user(), parent, "负载县-" + UUID.randomUUID(), OrgKind.COUNTY, null)));
            }
            for (int i = 0; i < READERS; i++) {
                threads.submit(() -> loop(reads, () -> {
                    int status = mvc.perform(get("/api/v1/measures")
                                    .param("campaignId", String.valueOf(campaign))
                                    .param("size", "20")
                                    .header("Authorization", reader.bearer()))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                    if (status != 200) {
                        throw new IllegalStateException("status " + status);
                    }
                    return null;
                }));
            }
            return threads;
        }

        private void loop(List<Long> latencies, java.util.concurrent.Callable<?> op) {
            while (!stop.get()) {
                long t = System.nanoTime();
                try {
                    op.call();
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
                latencies.add((System.nanoTime() - t) / 1_000_000);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void stopAll(ExecutorService threads) throws InterruptedException {
            stop.set(true);
            threads.shutdown();
            threads.awaitTermination(5, TimeUnit.MINUTES);
        }

        void report(String phase) {
            System.out.printf(
                    "BENCH %s: writes %s; reads %s; failures %d%n",
                    phase, figures(writes), figures(reads), failures.get());
        }

        private String figures(List<Long> latencies) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return "none";
            }
            return String.format(
                    "%d ops, p50 %d ms, p99 %d ms, max %d ms",
                    sorted.size(),
                    sorted.get(sorted.size() / 2),
                    sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)),
                    sorted.get(sorted.size() - 1));
        }
    }
}
