package taizhang.audit;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;

@Repository
class AuditRepository {

    private static final RowMapper<AuditEvent> ROW = (rs, n) -> new AuditEvent(rs.getLong("seq"),
            Jdbc.instant(rs, "occurred_at"), rs.getString("actor"), rs.getString("action"),
            rs.getString("object_type"), Jdbc.nullableLong(rs, "object_id"), rs.getString("before_json"),
            rs.getString("after_json"), rs.getString("prev_hash"), rs.getString("hash"));

    record Head(long lastSeq, String lastHash) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AuditRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Locks the chain head until the transaction ends: writers append strictly one after another. */
    Head lockHead() {
        return jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    void append(AuditEvent e) {
        jdbc.sql("""
                insert into audit_event (seq, occurred_at, actor, action, object_type, object_id,
                                         before_json, after_json, prev_hash, hash)
                values (:seq, :at, :actor, :action, :type, :objectId, :before, :after, :prev, :hash)""")
                .param("seq", e.seq()).param("at", Jdbc.utc(e.occurredAt())).param("actor", e.actor())
                .param("action", e.action()).param("type", e.objectType()).param("objectId", e.objectId())
                .param("before", e.beforeJson()).param("after", e.afterJson()).param("prev", e.prevHash())
                .param("hash", e.hash()).update();
        jdbc.sql("update audit_chain_head set last_seq = :seq, last_hash = :hash where id = 1")
                .param("seq", e.seq()).param("hash", e.hash()).update();
    }

    Head head() {
        return jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
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
                .param("type", type).param("id", id).query(ROW).list();
    }

    List<AuditEvent> latest(int limit) {
        return jdbc.sql("select * from audit_event order by seq desc limit :limit")
                .param("limit", limit).query(ROW).list();
    }
}
