package taizhang.audit;

import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;

@Repository
class AuditRepository {

    private static final RowMapper<AuditEvent> ROW = (rs, n) -> new AuditEvent(
            rs.getLong("seq"),
            Jdbc.instant(rs, "occurred_at"),
            rs.getString("actor"),
            rs.getString("action"),
            rs.getString("object_type"),
            Jdbc.nullableLong(rs, "object_id"),
            rs.getString("before_json"),
            rs.getString("after_json"),
            rs.getString("prev_hash"),
            rs.getString("hash"));

    private static final RowMapper<PendingEvent> PENDING = (rs, n) -> new PendingEvent(
            rs.getString("batch"),
            rs.getInt("batch_pos"),
            Jdbc.instant(rs, "occurred_at"),
            rs.getString("actor"),
            rs.getString("action"),
            rs.getString("object_type"),
            Jdbc.nullableLong(rs, "object_id"),
            rs.getString("before_json"),
            rs.getString("after_json"));

    private static final RowMapper<Checkpoint> CHECKPOINT = (rs, n) -> new Checkpoint(
            rs.getLong("n"),
            rs.getLong("seq"),
            rs.getString("hash"),
            Jdbc.instant(rs, "signed_at"),
            rs.getString("mac"));

    private static final int BATCH = 1000;

    static final String PENDING_CHUNK =
            "select * from audit_pending where batch = :batch order by batch, batch_pos limit :limit";

    record Head(long lastSeq, String lastHash) {}

    /** An event its transaction has written but the sealer has not yet hashed into the chain. */
    record PendingEvent(
            String batch,
            int position,
            Instant occurredAt,
            String actor,
            String action,
            String objectType,
            Long objectId,
            String beforeJson,
            String afterJson) {}

    /** How many events wait to be sealed, and since when (null when none). */
    record Unsealed(long count, Instant oldest) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AuditRepository(JdbcTemplate template) {
        this.jdbc = JdbcClient.create(template);
        this.template = template;
    }

    /** Writes a transaction's events unhashed; they take no lock that another writer would wait for. */
    void insertPending(List<PendingEvent> pending) {
        template.batchUpdate("""
                insert into audit_pending (batch, batch_pos, occurred_at, actor, action, object_type, object_id,
                                           before_json, after_json)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", pending, BATCH, (ps, e) -> {
            ps.setString(1, e.batch());
            ps.setInt(2, e.position());
            ps.setObject(3, Jdbc.utc(e.occurredAt()));
            ps.setString(4, e.actor());
            ps.setString(5, e.action());
            ps.setString(6, e.objectType());
            ps.setObject(7, e.objectId(), Types.BIGINT);
            ps.setString(8, e.beforeJson());
            ps.setString(9, e.afterJson());
        });
    }

    /**
     * The batch's first pending events in their order; only committed batches are visible. The
     * order names the whole key: ordered by {@code batch_pos} alone, H2 reads every pending event
     * of the batch and sorts them for each chunk, which made sealing a 100,000-event import
     * quadratic.
     */
    List<PendingEvent> pending(String batch, int limit) {
        return jdbc.sql(PENDING_CHUNK)
                .param("batch", batch)
                .param("limit", limit)
                .query(PENDING)
                .list();
    }

    void deletePending(String batch, int throughPosition) {
        jdbc.sql("delete from audit_pending where batch = :batch and batch_pos <= :pos")
                .param("batch", batch)
                .param("pos", throughPosition)
                .update();
    }

    /** The committed batches still waiting, oldest first. */
    List<String> pendingBatches() {
        return jdbc.sql("select batch from audit_pending group by batch order by min(occurred_at), batch")
                .query(String.class)
                .list();
    }

    Unsealed unsealed() {
        return jdbc.sql("select count(*) as n, min(occurred_at) as oldest from audit_pending")
                .query((rs, n) -> new Unsealed(rs.getLong("n"), Jdbc.instant(rs, "oldest")))
                .single();
    }

    /** Locks the chain head until the transaction ends: sealers append strictly one after another. */
    Head lockHead() {
        return jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
    }

    /** Inserts the events, which follow the head in order, in JDBC batches; then moves the head to the last. */
    void appendAll(List<AuditEvent> chain) {
        template.batchUpdate("""
                insert into audit_event (seq, occurred_at, actor, action, object_type, object_id,
                                         before_json, after_json, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", chain, BATCH, (ps, e) -> {
            ps.setLong(1, e.seq());
            ps.setObject(2, Jdbc.utc(e.occurredAt()));
            ps.setString(3, e.actor());
            ps.setString(4, e.action());
            ps.setString(5, e.objectType());
            ps.setObject(6, e.objectId(), Types.BIGINT);
            ps.setString(7, e.beforeJson());
            ps.setString(8, e.afterJson());
            ps.setString(9, e.prevHash());
            ps.setString(10, e.hash());
        });
        AuditEvent last = chain.get(chain.size() - 1);
        jdbc.sql("update audit_chain_head set last_seq = :seq, last_hash = :hash where id = 1")
                .param("seq", last.seq())
                .param("hash", last.hash())
                .update();
    }

    Head head() {
        return jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
    }

    /** Streams every event in order without holding them all in memory. */
    void forEachInOrder(Consumer<AuditEvent> action) {
        template.setFetchSize(1000);
        template.query("select * from audit_event order by seq", rs -> {
            action.accept(ROW.mapRow(rs, 0));
        });
    }

    List<AuditEvent> forObject(String type, long id) {
        return jdbc.sql("select * from audit_event where object_type = :type and object_id = :id order by seq")
                .param("type", type)
                .param("id", id)
                .query(ROW)
                .list();
    }

    /** The event at this place of the chain, if there is one. */
    Optional<AuditEvent> at(long seq) {
        return jdbc.sql("select * from audit_event where seq = :seq")
                .param("seq", seq)
                .query(ROW)
                .optional();
    }

    List<Checkpoint> checkpoints() {
        return jdbc.sql("select * from audit_checkpoint order by n")
                .query(CHECKPOINT)
                .list();
    }

    Optional<Checkpoint> lastCheckpoint() {
        return jdbc.sql("select * from audit_checkpoint order by n desc limit 1")
                .query(CHECKPOINT)
                .optional();
    }

    void insertCheckpoint(Checkpoint checkpoint) {
        jdbc.sql("""
                insert into audit_checkpoint (n, seq, hash, signed_at, mac)
                values (:n, :seq, :hash, :signedAt, :mac)""")
                .param("n", checkpoint.n())
                .param("seq", checkpoint.seq())
                .param("hash", checkpoint.hash())
                .param("signedAt", Jdbc.utc(checkpoint.signedAt()))
                .param("mac", checkpoint.mac())
                .update();
    }

    List<AuditEvent> latest(int limit) {
        return jdbc.sql("select * from audit_event order by seq desc limit :limit")
                .param("limit", limit)
                .query(ROW)
                .list();
    }
}
