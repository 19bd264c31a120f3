package taizhang.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import taizhang.support.DatabaseTest;

/**
 * Sealing after the commit: events of a batch committed but never sealed (the node stopped in
 * between) are sealed later, each once, even by two sealers at the same time; a transaction
 * inside another keeps its own batch; a writer waits for its batch to be sealed unless the batch
 * is too large to be sealed within the wait.
 */
@DatabaseTest
@SpringBootTest
class AuditSealingIntegrationTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditRepository events;

    @Autowired
    AuditSealer sealer;

    @Autowired
    AuditJob job;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    /** Commits a batch's events as a writer would, but leaves them unsealed, as a crash right after the commit would. */
    private String committedButNotSealed(int count) {
        String batch = UUID.randomUUID().toString();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<AuditRepository.PendingEvent> pending = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pending.add(new AuditRepository.PendingEvent(
                    batch, i, at, "tester", "probe.orphan", "probe", (long) i, null, "{\"n\":" + i + "}"));
        }
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.insertPending(pending));
        return batch;
    }

    @Test
    void eventsLeftUnsealedAreSealedOnceEvenByTwoSealersAtOnce() throws Exception {
        AuditRepository.Head before = events.head();
        committedButNotSealed(AuditSealer.CHUNK + 234);
        committedButNotSealed(3);
        ChainVerification waiting = audit.verify();
        assertThat(waiting.intact()).isTrue();
        assertThat(waiting.unsealed()).isEqualTo(AuditSealer.CHUNK + 237);

        // A second node's sealer is played by a second sealer on its own connection.
        AuditSealer other = new AuditSealer(dataSource);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (AuditSealer s : List.of(sealer, other)) {
                runs.add(threads.submit(() -> {
                    together.await();
                    s.sealAll(Duration.ofMinutes(1));
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
            other.destroy();
        }

        assertThat(events.head().lastSeq()).isEqualTo(before.lastSeq() + AuditSealer.CHUNK + 237);
        ChainVerification sealed = audit.verify();
        assertThat(sealed.intact()).isTrue();
        assertThat(sealed.unsealed()).isZero();
        assertThat(audit.latest(AuditSealer.CHUNK + 237))
                .extracting(AuditEvent::action)
                .containsOnly("probe.orphan");
    }

    @Test
    void aWriterWaitsForASmallBatchToBeSealedNotForOneTooLargeToSealInTheWait() throws Exception {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        AuditRepository.Head before = events.head();
        tx.executeWithoutResult(s -> audit.recordAll("tester", probes(3)));
        assertThat(events.head().lastSeq()).isEqualTo(before.lastSeq() + 3);

        tx.executeWithoutResult(s -> audit.recordAll("tester", probes(AuditTrail.WAITED_FOR + 1)));
        // Returned at once: the sealer has at most begun, a chunk of 1,000 at a time.
        assertThat(events.unsealed().count()).isGreaterThan(AuditTrail.WAITED_FOR - 5 * AuditSealer.CHUNK);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (events.unsealed().count() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(events.head().lastSeq()).isEqualTo(before.lastSeq() + 3 + AuditTrail.WAITED_FOR + 1);
        assertThat(audit.verify().intact()).isTrue();
    }

    private static List<AuditTrail.Entry> probes(int count) {
        List<AuditTrail.Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new AuditTrail.Entry("probe.batch", "probe", (long) i, null, null));
        }
        return entries;
    }

    @Test
    void theAuditJobSealsWhatNoSealerFinished() {
        AuditRepository.Head before = events.head();
        committedButNotSealed(5);
        // No node ran the job lately (another test's run holds its lease for half a minute).
        org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
                .sql("delete from job_lock where name = 'audit'")
                .update();
        job.run();
        assertThat(events.head().lastSeq()).isEqualTo(before.lastSeq() + 5);
        assertThat(events.unsealed().count()).isZero();
    }

    @Test
    void anInnerTransactionKeepsItsOwnBatch() {
        AuditRepository.Head before = events.head();
        TransactionTemplate outer = new TransactionTemplate(transactions);
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        assertThatThrownBy(() -> outer.executeWithoutResult(s -> {
                    audit.record("tester", "probe.outer", "probe", 1L, null, null);
                    inner.executeWithoutResult(t -> audit.record("tester", "probe.inner", "probe", 2L, null, null));
                    audit.record("tester", "probe.outer", "probe", 3L, null, null);
                    throw new IllegalStateException("the outer change fails");
                }))
                .hasMessage("the outer change fails");
        assertThat(events.head().lastSeq()).isEqualTo(before.lastSeq() + 1);
        assertThat(audit.latest(1)).extracting(AuditEvent::action).containsExactly("probe.inner");
        assertThat(events.unsealed().count()).isZero();
        assertThat(audit.verify().intact()).isTrue();
    }
}
