package taizhang.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import taizhang.support.DatabaseTest;

/** Appending many events under one lock: the same chain as one by one, written with the change or not at all. */
@DatabaseTest
@SpringBootTest
class AuditBatchIntegrationTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditRepository events;

    @Autowired
    PlatformTransactionManager transactions;

    private static List<AuditTrail.Entry> entries(long objectId, int count) {
        List<AuditTrail.Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new AuditTrail.Entry(
                    "probe.batch",
                    "probe",
                    objectId + i,
                    i == 0 ? null : Map.of("n", i - 1),
                    Map.of("n", i, "名称", "通辽市")));
        }
        return entries;
    }

    @Test
    void batchedEventsFollowEachOtherAndTheHeadMovesToTheLast() {
        long objectId = System.nanoTime();
        int count = 2_345;
        AuditRepository.Head before = events.head();
        new TransactionTemplate(transactions)
                .executeWithoutResult(s -> audit.recordAll("tester", entries(objectId, count)));

        List<AuditEvent> written = audit.latest(count + 1);
        AuditEvent last = written.get(0);
        assertThat(events.head()).isEqualTo(new AuditRepository.Head(before.lastSeq() + count, last.hash()));
        assertThat(written.get(count).seq()).isEqualTo(before.lastSeq());
        for (int i = 0; i < count; i++) {
            AuditEvent e = written.get(count - 1 - i);
            assertThat(e.seq()).isEqualTo(before.lastSeq() + 1 + i);
            assertThat(e.prevHash()).isEqualTo(written.get(count - i).hash());
            assertThat(e.hash()).isEqualTo(e.expectedHash());
            assertThat(e.objectId()).isEqualTo(objectId + i);
            assertThat(e.afterJson()).contains("\"n\":" + i).contains("通辽市");
        }
        assertThat(written.get(count - 1).prevHash()).isEqualTo(before.lastHash());
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aBatchAndSingleEventsInterleaveInOneChain() {
        long objectId = System.nanoTime();
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            audit.record("tester", "probe.single", "probe", objectId, null, Map.of("n", 0));
            audit.recordAll("tester", entries(objectId + 1, 3));
            audit.record("tester", "probe.single", "probe", objectId + 4, null, Map.of("n", 4));
        });
        assertThat(audit.latest(5))
                .extracting(AuditEvent::action)
                .containsExactly("probe.single", "probe.batch", "probe.batch", "probe.batch", "probe.single");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aRolledBackBatchLeavesNoEvent() {
        AuditRepository.Head before = events.head();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
                    audit.recordAll("tester", entries(System.nanoTime(), 10));
                    throw new IllegalStateException("a later chunk fails");
                }))
                .hasMessage("a later chunk fails");
        assertThat(events.head()).isEqualTo(before);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aBatchNeedsTheCallersTransaction() {
        assertThatThrownBy(() -> audit.recordAll("tester", entries(1, 1)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void anEmptyBatchChangesNothing() {
        AuditRepository.Head before = events.head();
        new TransactionTemplate(transactions).executeWithoutResult(s -> audit.recordAll("tester", List.of()));
        assertThat(events.head()).isEqualTo(before);
    }
}
