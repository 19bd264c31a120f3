package taizhang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import taizhang.shared.Database;
import taizhang.support.DatabaseTest;

/** The audit trail's SQL: the chain head, appending, reading back exactly. Each test rolls back. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AuditRepositoryTest {

    @Autowired
    AuditRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    private AuditEvent next(AuditRepository.Head head, String action, Long objectId, String after) {
        long seq = head.lastSeq() + 1;
        Instant at = Instant.parse("2021-09-01T02:00:00.123456Z");
        return new AuditEvent(
                seq,
                at,
                "tester",
                action,
                "probe",
                objectId,
                null,
                after,
                head.lastHash(),
                AuditEvent.hash(seq, at, "tester", action, "probe", objectId, null, after, head.lastHash()));
    }

    @Test
    void appendingMovesTheHeadToTheNewEvent() {
        AuditRepository.Head head = repository.lockHead();
        assertThat(repository.head()).isEqualTo(head);
        AuditEvent event = next(head, "probe.append", 1L, "{\"a\":1}");
        repository.appendAll(List.of(event));
        assertThat(repository.head()).isEqualTo(new AuditRepository.Head(head.lastSeq() + 1, event.hash()));
    }

    @Test
    void eventsReadBackExactlySoTheirHashStillHolds() {
        AuditRepository.Head head = repository.lockHead();
        long objectId = System.nanoTime();
        AuditEvent event = next(head, "probe.read", objectId, "{\"名称\":\"通辽市\",\"值\":413.2}");
        repository.appendAll(List.of(event));
        List<AuditEvent> history = repository.forObject("probe", objectId);
        assertThat(history).containsExactly(event);
        assertThat(history.get(0).expectedHash()).isEqualTo(event.hash());
    }

    @Test
    void latestComesNewestFirst() {
        AuditRepository.Head head = repository.lockHead();
        AuditEvent first = next(head, "probe.first", null, null);
        repository.appendAll(List.of(first));
        AuditEvent second = next(new AuditRepository.Head(first.seq(), first.hash()), "probe.second", null, null);
        repository.appendAll(List.of(second));
        assertThat(repository.latest(2)).containsExactly(second, first);
        assertThat(repository.latest(1)).containsExactly(second);
    }

    @Test
    void historyOfAnObjectIsInSeqOrderAndOnlyThatObject() {
        AuditRepository.Head head = repository.lockHead();
        long objectId = System.nanoTime();
        AuditEvent created = next(head, "probe.create", objectId, "{}");
        repository.appendAll(List.of(created));
        AuditEvent other =
                next(new AuditRepository.Head(created.seq(), created.hash()), "probe.create", objectId + 1, "{}");
        repository.appendAll(List.of(other));
        AuditEvent updated = next(new AuditRepository.Head(other.seq(), other.hash()), "probe.update", objectId, "{}");
        repository.appendAll(List.of(updated));
        assertThat(repository.forObject("probe", objectId)).containsExactly(created, updated);
    }

    @Test
    void streamsEveryEventInSeqOrder() {
        AuditRepository.Head head = repository.lockHead();
        AuditEvent event = next(head, "probe.stream", null, null);
        repository.appendAll(List.of(event));
        List<Long> seqs = new ArrayList<>();
        repository.forEachInOrder(e -> seqs.add(e.seq()));
        assertThat(seqs).isSorted().doesNotHaveDuplicates();
        assertThat(seqs.get(seqs.size() - 1)).isEqualTo(event.seq());
        assertThat(seqs).hasSize((int) event.seq());
    }

    /**
     * The sealer reads a batch a chunk at a time: from the key, in its order, so that each chunk
     * reads its own events and not the whole rest of a 100,000-event import sorted again (H2 did,
     * given {@code order by batch_pos} alone).
     */
    @Test
    void aChunkOfPendingEventsIsReadInKeyOrderWithoutSorting() {
        String plan = String.join(
                "\n",
                jdbc.sql("explain " + AuditRepository.PENDING_CHUNK)
                        .param("batch", "b")
                        .param("limit", 1000)
                        .query(String.class)
                        .list());
        if (Database.of(dataSource) == Database.H2) {
            assertThat(plan).contains("/* index sorted */");
        } else {
            // PostgreSQL reads the key in order for either spelling; whether it sorts a few rows depends on its
            // statistics.
            assertThat(plan).contains("audit_pending_pkey");
        }
    }
}
