package taizhang.cycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;

/** 催报 records: one row per unit reminded; the read marks are the inbox's, per user. */
@Repository
class ReminderRepository {

    private final JdbcClient jdbc;

    ReminderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long cycleId, long orgId, int measureCount, String message, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into cycle_reminder (cycle_id, org_id, measure_count, message, sent_by, sent_at)
                values (:c, :o, :n, :message, :by, :at)""")
                .param("c", cycleId)
                .param("o", orgId)
                .param("n", measureCount)
                .param("message", message)
                .param("by", by)
                .param("at", Jdbc.utc(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The reminders sent to the organisation itself, newest first. */
    List<Reminder> forOrganisation(long orgId, int limit) {
        return jdbc.sql("""
                select r.*, c.period, c.due_date, c.campaign_id from cycle_reminder r
                join reporting_cycle c on c.id = r.cycle_id
                where r.org_id = :o order by r.sent_at desc, r.id desc limit :limit""")
                .param("o", orgId)
                .param("limit", limit)
                .query((rs, n) -> reminder(rs))
                .list();
    }

    /** The latest reminder per unit of the cycle. */
    Map<Long, Instant> lastReminded(long cycleId) {
        Map<Long, Instant> last = new LinkedHashMap<>();
        jdbc.sql("select org_id, max(sent_at) as at from cycle_reminder where cycle_id = :c group by org_id")
                .param("c", cycleId)
                .query(rs -> {
                    last.put(rs.getLong("org_id"), Jdbc.instant(rs, "at"));
                });
        return last;
    }

    private static Reminder reminder(ResultSet rs) throws SQLException {
        return new Reminder(
                rs.getLong("id"),
                rs.getLong("campaign_id"),
                rs.getString("period"),
                Jdbc.date(rs, "due_date"),
                rs.getLong("org_id"),
                rs.getInt("measure_count"),
                rs.getString("message"),
                rs.getString("sent_by"),
                Jdbc.instant(rs, "sent_at"));
    }
}
