package taizhang.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import taizhang.org.OrgKind;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;

/**
 * The audit trail end to end: events are written with the change or not at all, the chain
 * verifies, tampering is found and named, and concurrent writers leave one unbroken chain.
 * Tampering happens inside a transaction that is rolled back, so the shared database keeps
 * an intact chain for every other test.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class AuditIntegrationTest {

    @Autowired
    AuditTrail audit;

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

    private long headSeq() {
        return events.head().lastSeq();
    }

    private Organisation newCounty(Actor admin) {
        return organisations.create(
                admin.user(), fixtures.org("通辽市").id(), "审计测试县-" + UUID.randomUUID(), OrgKind.COUNTY, null);
    }

    /** Runs the tampering and the checks in one transaction, then rolls it all back. */
    private void tamperedAndRolledBack(Consumer<JdbcClient> tamper, Runnable checks) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            tamper.accept(jdbc);
            checks.run();
        });
        assertThat(audit.verify().intact()).as("restored after rollback").isTrue();
    }

    private void verifiesBrokenAt(Actor admin, long seq) {
        ChainVerification result = audit.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(seq);
        assertThat(result.reason()).contains(String.valueOf(seq));
        try {
            mvc.perform(get("/api/v1/audit/verify").header("Authorization", admin.bearer()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.firstBrokenSeq").value(seq))
                    .andExpect(jsonPath("$.reason").isNotEmpty());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyWriteAppendsAnEventDescribingIt() {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        long before = headSeq();
        Organisation county = newCounty(admin);
        assertThat(headSeq()).isEqualTo(before + 1);
        List<AuditEvent> history = audit.history("organisation", county.id());
        assertThat(history).singleElement().satisfies(e -> {
            assertThat(e.seq()).isEqualTo(before + 1);
            assertThat(e.actor()).isEqualTo(admin.user().username());
            assertThat(e.action()).isEqualTo("org.create");
            assertThat(e.beforeJson()).isNull();
            assertThat(e.afterJson()).contains(county.name()).contains(county.path());
        });
        Organisation renamed = organisations.rename(admin.user(), county.id(), county.name() + "改", "150599");
        assertThat(audit.history("organisation", county.id())).hasSize(2).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("org.update");
            assertThat(e.beforeJson()).contains(county.name()).doesNotContain("150599");
            assertThat(e.afterJson()).contains(renamed.name()).contains("150599");
        });
    }

    @Test
    void aRolledBackWriteLeavesNoEvent() {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        long before = headSeq();
        String name = "回滚县-" + UUID.randomUUID();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
                    organisations.create(admin.user(), fixtures.org("通辽市").id(), name, OrgKind.COUNTY, null);
                    throw new IllegalStateException("a later step fails");
                }))
                .hasMessage("a later step fails");
        assertThat(organisations.findByName(name)).isEmpty();
        assertThat(headSeq()).isEqualTo(before);
        assertThat(audit.latest(1)).singleElement().extracting(AuditEvent::seq).isEqualTo(before);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aRefusedRequestLeavesNoEvent() throws Exception {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        Actor unit = fixtures.actor("通辽市", Role.UNIT);
        Organisation county = newCounty(admin);
        long before = headSeq();
        String duplicate = "{\"parentId\":" + fixtures.org("通辽市").id() + ",\"name\":\"" + county.name()
                + "\",\"kind\":\"COUNTY\"}";
        mvc.perform(post("/api/v1/organisations")
                        .header("Authorization", admin.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(duplicate))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/organisations")
                        .header("Authorization", unit.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(duplicate.replace(county.name(), "新县")))
                .andExpect(status().isForbidden());
        assertThat(headSeq()).isEqualTo(before);
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        long before = headSeq();
        assertThatThrownBy(() -> audit.record("tester", "probe", "probe", 1L, null, null))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(headSeq()).isEqualTo(before);
    }

    @Test
    void theChainVerifiesIntactThroughServiceAndEndpoint() throws Exception {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        ChainVerification result = audit.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.firstBrokenSeq()).isNull();
        assertThat(result.events()).isEqualTo(headSeq());
        mvc.perform(get("/api/v1/audit/verify").header("Authorization", admin.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.events").value(headSeq()));
    }

    @Test
    void detectsAnEventEditedInSql() {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        newCounty(admin);
        long target = headSeq() - 1;
        tamperedAndRolledBack(
                sql -> assertThat(sql.sql("update audit_event set after_json = '{\"name\":\"改过\"}' where seq = :s")
                                .param("s", target)
                                .update())
                        .isOne(),
                () -> {
                    verifiesBrokenAt(admin, target);
                    assertThat(audit.verify().reason()).contains("内容已被改动");
                });
    }

    @Test
    void detectsAnEditedActorOrTime() {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        long target = headSeq();
        tamperedAndRolledBack(
                sql -> sql.sql("update audit_event set actor = 'someone-else' where seq = :s")
                        .param("s", target)
                        .update(),
                () -> verifiesBrokenAt(admin, target));
        tamperedAndRolledBack(
                sql -> sql.sql("update audit_event set occurred_at = occurred_at - interval '1' day where seq = :s")
                        .param("s", target)
                        .update(),
                () -> verifiesBrokenAt(admin, target));
    }

    @Test
    void detectsTheLastEventDeleted() {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        long last = headSeq();
        tamperedAndRolledBack(
                sql -> assertThat(sql.sql("delete from audit_event where seq = :s")
                                .param("s", last)
                                .update())
                        .isOne(),
                () -> verifiesBrokenAt(admin, last));
    }

    @Test
    void detectsAMiddleEventDeleted() {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        long middle = headSeq() / 2;
        tamperedAndRolledBack(
                sql -> assertThat(sql.sql("delete from audit_event where seq = :s")
                                .param("s", middle)
                                .update())
                        .isOne(),
                () -> {
                    verifiesBrokenAt(admin, middle);
                    assertThat(audit.verify().reason()).contains("缺失");
                });
    }

    @Test
    void detectsAnEventRehashedButNoLongerLinked() {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        long target = headSeq() - 2;
        // A forger who recomputes the edited event's own hash still breaks the link to the next one.
        tamperedAndRolledBack(
                sql -> {
                    AuditEvent original = sql.sql("select * from audit_event where seq = :s")
                            .param("s", target)
                            .query((rs, n) -> new AuditEvent(
                                    rs.getLong("seq"),
                                    taizhang.shared.Jdbc.instant(rs, "occurred_at"),
                                    rs.getString("actor"),
                                    rs.getString("action"),
                                    rs.getString("object_type"),
                                    taizhang.shared.Jdbc.nullableLong(rs, "object_id"),
                                    rs.getString("before_json"),
                                    rs.getString("after_json"),
                                    rs.getString("prev_hash"),
                                    rs.getString("hash")))
                            .single();
                    String forged = AuditEvent.hash(
                            original.seq(),
                            original.occurredAt(),
                            original.actor(),
                            original.action(),
                            original.objectType(),
                            original.objectId(),
                            original.beforeJson(),
                            "{}",
                            original.prevHash());
                    sql.sql("update audit_event set after_json = '{}', hash = :h where seq = :s")
                            .param("h", forged)
                            .param("s", target)
                            .update();
                },
                () -> verifiesBrokenAt(admin, target + 1));
    }

    @Test
    void namesTheFirstOfSeveralBrokenEvents() {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        long first = headSeq() / 3;
        long later = headSeq() - 1;
        tamperedAndRolledBack(
                sql -> {
                    sql.sql("delete from audit_event where seq = :s")
                            .param("s", later)
                            .update();
                    sql.sql("update audit_event set action = 'forged' where seq = :s")
                            .param("s", first)
                            .update();
                },
                () -> verifiesBrokenAt(admin, first));
    }

    @Test
    void onlyAdministratorsMayVerifyOrReadTheTrail() throws Exception {
        for (Role role : List.of(Role.OFFICE, Role.UNIT, Role.SUPERVISOR, Role.LEADER)) {
            Actor someone = fixtures.actor("内蒙古自治区", role);
            mvc.perform(get("/api/v1/audit/verify").header("Authorization", someone.bearer()))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(get("/api/v1/audit/events").header("Authorization", someone.bearer()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/audit/verify")).andExpect(status().isUnauthorized());
    }

    @Test
    void administratorsReadAnObjectsHistory() throws Exception {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        Organisation county = newCounty(admin);
        mvc.perform(get("/api/v1/audit/events")
                        .param("objectType", "organisation")
                        .param("objectId", String.valueOf(county.id()))
                        .header("Authorization", admin.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].action").value("org.create"));
    }

    @Test
    void concurrentWritersLeaveOneUnbrokenChainWithDenseSeq() throws Exception {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        long tongliao = fixtures.org("通辽市").id();
        int writers = 8;
        long before = headSeq();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Organisation>> results = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                String name = "并发县-" + i + "-" + UUID.randomUUID();
                Callable<Organisation> write = () -> {
                    start.await();
                    return organisations.create(admin.user(), tongliao, name, OrgKind.COUNTY, null);
                };
                results.add(pool.submit(write));
            }
            start.countDown();
            List<Long> created = new ArrayList<>();
            for (Future<Organisation> result : results) {
                created.add(result.get(30, TimeUnit.SECONDS).id());
            }
            assertThat(headSeq()).isEqualTo(before + writers);
            List<AuditEvent> appended = jdbc
                    .sql("select seq from audit_event where seq > :s order by seq")
                    .param("s", before)
                    .query(Long.class)
                    .list()
                    .stream()
                    .map(seq -> events.latest(1000).stream()
                            .filter(e -> e.seq() == seq)
                            .findFirst()
                            .orElseThrow())
                    .toList();
            assertThat(appended)
                    .extracting(AuditEvent::seq)
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(before + 1, before + writers)
                            .boxed()
                            .toList());
            assertThat(appended).extracting(AuditEvent::objectId).containsExactlyInAnyOrderElementsOf(created);
            for (int i = 1; i < appended.size(); i++) {
                assertThat(appended.get(i).prevHash())
                        .isEqualTo(appended.get(i - 1).hash());
            }
            assertThat(audit.verify().intact()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }
}
