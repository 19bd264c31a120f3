package taizhang.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import taizhang.org.OrgKind;
import taizhang.org.OrgService;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;

/**
 * Someone with SQL access rewrites the last event, recomputes its hash and moves the head: the
 * chain links, and only the checkpoint signed with the configured key (which is not in the
 * database) shows it. Each test signs and tampers in one transaction that is rolled back, so the
 * shared database keeps no checkpoint signed with this test's key.
 */
@DatabaseTest
@SpringBootTest(properties = "taizhang.audit.checkpoint-key=" + AuditCheckpointIntegrationTest.KEY)
@AutoConfigureMockMvc
class AuditCheckpointIntegrationTest {

    static final String KEY = "checkpoint-key-for-tests-0123456789abcdef";

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditCheckpoints checkpoints;

    @Autowired
    AuditRepository events;

    @Autowired
    OrgService organisations;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    PlatformTransactionManager transactions;

    private void rolledBack(Consumer<Long> story) {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        for (int i = 0; i < 2; i++) {
            organisations.create(
                    admin.user(), fixtures.org("通辽市").id(), "检查点县-" + UUID.randomUUID(), OrgKind.COUNTY, null);
        }
        long last = events.head().lastSeq();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            signAt(last - 1);
            assertThat(checkpoints.sign()).get().extracting(Checkpoint::seq).isEqualTo(last);
            story.accept(last);
        });
    }

    /** A checkpoint of an earlier head, as the job would have signed it then. */
    private void signAt(long seq) {
        AuditEvent event = events.at(seq).orElseThrow();
        long n = events.lastCheckpoint().map(Checkpoint::n).orElse(0L) + 1;
        events.insertCheckpoint(Checkpoint.sign(
                CheckpointKey.of(KEY), n, seq, event.hash(), event.occurredAt().plusSeconds(1)));
    }

    /** Rewrites the event's content, recomputes its hash and points the head at it: every link still holds. */
    private void rewriteWithHashes(long seq) {
        AuditEvent e = events.at(seq).orElseThrow();
        AuditEvent forged = AuditEvent.chained(
                seq,
                e.prevHash(),
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.objectType(),
                e.objectId(),
                e.beforeJson(),
                "{\"name\":\"改过\"}");
        jdbc.sql("update audit_event set after_json = :a, hash = :h where seq = :s")
                .param("a", forged.afterJson())
                .param("h", forged.hash())
                .param("s", seq)
                .update();
        jdbc.sql("update audit_chain_head set last_hash = :h where id = 1")
                .param("h", forged.hash())
                .update();
    }

    @Test
    void theLastEventRewrittenWithItsHashAndTheHeadIsNamedByTheCheckpoint() throws Exception {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        rolledBack(last -> {
            assertThat(audit.verify().intact()).isTrue();
            assertThat(audit.verify().lastCheckpointSeq()).isEqualTo(last);
            rewriteWithHashes(last);
            ChainVerification result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(last);
            assertThat(result.reason()).contains("与链中的事件不符").contains("最后一个相符的检查点是事件 " + (last - 1));
            try {
                mvc.perform(get("/api/v1/audit/verify").header("Authorization", admin.bearer()))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.intact").value(false))
                        .andExpect(jsonPath("$.firstBrokenSeq").value(last));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void deletingTheCheckpointsDoesNotHideARewriteFromAnExportedCopy() {
        rolledBack(last -> {
            StringWriter exported = new StringWriter();
            assertThat(checkpoints.export(exported)).isGreaterThanOrEqualTo(2);
            rewriteWithHashes(last);
            jdbc.sql("delete from audit_checkpoint").update();
            assertThat(audit.verify().intact())
                    .as("nothing left in the database to tell")
                    .isTrue();
            try {
                Path file = Files.createTempFile("checkpoints", ".jsonl");
                Files.writeString(file, exported.toString());
                List<Checkpoint> kept = CheckpointFile.read(file);
                Files.delete(file);
                assertThat(CheckpointFile.check(kept, CheckpointKey.of(KEY))).isEmpty();
                assertThat(CheckpointFile.check(kept, CheckpointKey.of("another-key-".repeat(4))))
                        .get()
                        .asString()
                        .contains("签名不符");
                ChainVerification result = audit.verify(kept);
                assertThat(result.firstBrokenSeq()).isEqualTo(last);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void aCheckpointIsSignedOnlyWhenTheHeadMoved() {
        rolledBack(last -> {
            assertThat(checkpoints.sign()).isEmpty();
            assertThat(checkpoints.signIfDue()).isEmpty();
            assertThat(checkpoints.all()).extracting(Checkpoint::seq).endsWith(last - 1, last);
            assertThat(checkpoints.all()).allMatch(c -> c.signedBy(CheckpointKey.of(KEY)));
        });
    }
}
