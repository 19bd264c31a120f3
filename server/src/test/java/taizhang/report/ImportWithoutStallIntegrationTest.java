package taizhang.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import taizhang.audit.AuditEvent;
import taizhang.audit.AuditTrail;
import taizhang.org.OrgKind;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;

/**
 * An import is one transaction, and while it is open another user's audited write goes through:
 * it commits, and its event is hashed into the chain, before the import commits. (When every
 * audited write locked the chain's head until its commit, the second write waited for the whole
 * import.) The import stays all or nothing, and its events follow in the chain once it commits.
 */
@DatabaseTest
@SpringBootTest
class ImportWithoutStallIntegrationTest {

    private static final int ROWS = SheetImport.CHUNK * 2 + 500;

    @Autowired
    SheetImport sheets;

    @Autowired
    AuditTrail audit;

    @Autowired
    OrgService organisations;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private static Path sheet() throws Exception {
        Path file = Files.createTempFile("import-without-stall", ".xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            List<String> headers = LedgerColumn.headers();
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < ROWS; r++) {
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

    private long head() {
        return jdbc.sql("select last_seq from audit_chain_head where id = 1")
                .query(Long.class)
                .single();
    }

    private long measures(long campaign) {
        return jdbc.sql("select count(*) from measure where campaign_id = :c")
                .param("c", campaign)
                .query(Long.class)
                .single();
    }

    /**
     * Waits until the import's events are all in the chain: the import waits for its sealing only
     * a moment, which on a loaded machine may not be enough for its three chunks.
     */
    private void allSealed() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (jdbc.sql("select count(*) from audit_pending").query(Long.class).single() > 0) {
            assertThat(System.nanoTime()).as("sealed within a minute").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** Imports the sheet in a transaction held open until {@code release}; {@code imported} once the rows are in. */
    private Future<SheetImportResult> importHeldOpen(
            CurrentUser office,
            long campaign,
            Path file,
            CountDownLatch imported,
            CountDownLatch release,
            boolean fail) {
        return threads.submit(() -> new TransactionTemplate(transactions).execute(status -> {
            SheetImportResult result = sheets.importSheet(office, campaign, file);
            imported.countDown();
            try {
                assertThat(release.await(60, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            if (fail) {
                throw new IllegalStateException("the import fails after its last chunk");
            }
            return result;
        }));
    }

    private Organisation anotherUsersWrite(CurrentUser admin) throws Exception {
        long parent = fixtures.org("通辽市").id();
        // Bounded, so that a write stalled behind the import fails here instead of hanging.
        return threads.submit(
                        () -> organisations.create(admin, parent, "并行县-" + UUID.randomUUID(), OrgKind.COUNTY, null))
                .get(20, TimeUnit.SECONDS);
    }

    @Test
    void anotherUsersAuditedWriteCommitsAndIsSealedWhileTheImportIsOpen() throws Exception {
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        CurrentUser admin = fixtures.actor("内蒙古自治区", Role.ADMIN).user();
        long campaign = ledger.campaign(office).id();
        Path file = sheet();
        long before = head();
        CountDownLatch imported = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        Future<SheetImportResult> importing = importHeldOpen(office, campaign, file, imported, release, false);
        assertThat(imported.await(120, TimeUnit.SECONDS)).as("rows written").isTrue();
        Organisation county = anotherUsersWrite(admin);

        assertThat(importing.isDone())
                .as("the import's transaction is still open")
                .isFalse();
        assertThat(head()).as("only the other write is in the chain").isEqualTo(before + 1);
        assertThat(audit.history("organisation", county.id()))
                .extracting(AuditEvent::action, AuditEvent::seq)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("org.create", before + 1));
        assertThat(measures(campaign))
                .as("the import is not visible before its commit")
                .isZero();

        release.countDown();
        SheetImportResult result = importing.get(120, TimeUnit.SECONDS);
        Files.delete(file);
        assertThat(result.newMeasures()).isEqualTo(ROWS);
        assertThat(measures(campaign)).isEqualTo(ROWS);
        allSealed();
        List<AuditEvent> sealed = audit.latest((int) (head() - before));
        assertThat(sealed).hasSizeGreaterThanOrEqualTo(ROWS + 1);
        assertThat(sealed.get(sealed.size() - 1).objectId()).isEqualTo(county.id());
        assertThat(sealed.subList(0, sealed.size() - 1))
                .extracting(AuditEvent::actor)
                .containsOnly(office.username());
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anImportRolledBackAfterAnotherWriteLeavesOnlyThatWriteInTheChain() throws Exception {
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        CurrentUser admin = fixtures.actor("内蒙古自治区", Role.ADMIN).user();
        long campaign = ledger.campaign(office).id();
        Path file = sheet();
        long before = head();
        CountDownLatch imported = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        Future<SheetImportResult> importing = importHeldOpen(office, campaign, file, imported, release, true);
        assertThat(imported.await(120, TimeUnit.SECONDS)).isTrue();
        Organisation county = anotherUsersWrite(admin);
        release.countDown();
        assertThatThrownBy(() -> importing.get(120, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        Files.delete(file);

        assertThat(measures(campaign)).isZero();
        assertThat(head()).isEqualTo(before + 1);
        assertThat(audit.latest(1)).extracting(AuditEvent::objectId).containsExactly(county.id());
        assertThat(jdbc.sql("select count(*) from audit_pending")
                        .query(Long.class)
                        .single())
                .as("no event of the rolled-back import waits to be sealed")
                .isZero();
        assertThat(audit.verify().intact()).isTrue();
    }
}
