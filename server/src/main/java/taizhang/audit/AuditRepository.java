package taizhang.audit;

import java.sql.Types;
import java.util.List;
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

    private static final int BATCH = 1000;

    record Head(long lastSeq, String lastHash) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AuditRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Locks the chain head until the transaction ends: writers append strictly one after another. */
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

    List<AuditEvent> latest(int limit) {
        return jdbc.sql("select * from audit_event order by seq desc limit :limit")
                .param("limit", limit)
                .query(ROW)
                .list();
    }
}
