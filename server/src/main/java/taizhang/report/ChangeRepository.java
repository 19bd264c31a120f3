package taizhang.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;

/** Reads what happened to a campaign's measures in a time window, from the audit trail and the readings. */
@Repository
class ChangeRepository {

    /** The audit actions that can move a measure's status or create it. */
    static final List<String> ACTIONS = List.of("measure.create", "measure.status", "measure.report-accepted",
            "measure.return", "measure.assign");

    record Event(long seq, Instant at, String action, long measureId, int problemNumber, String title, String lead,
            String beforeJson, String afterJson) {
    }

    record ReadingRow(long measureId, int problemNumber, String measureTitle, String indicator, String unit,
            String period, BigDecimal previous, BigDecimal value, Instant at) {
    }

    private final JdbcClient jdbc;

    ChangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Event> events(ReportScope scope, Instant from, Instant to) {
        Map<String, Object> params = new HashMap<>();
        String where = scope.condition(params);
        params.put("from", Jdbc.utc(from));
        params.put("to", Jdbc.utc(to));
        params.put("actions", ACTIONS);
        return jdbc.sql("""
                select a.seq, a.occurred_at, a.action, a.object_id, p.number, m.title, lo.name as lead_name,
                       a.before_json, a.after_json
                from audit_event a join measure m on m.id = a.object_id join problem p on p.id = m.problem_id
                left join organisation lo on lo.id = m.lead_org_id
                where a.object_type = 'measure' and a.action in (:actions)
                  and a.occurred_at >= :from and a.occurred_at < :to and\s""" + where + " order by a.seq")
                .params(params)
                .query((rs, n) -> new Event(rs.getLong(1), Jdbc.instant(rs, "occurred_at"), rs.getString(3), rs.getLong(4),
                        rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .list();
    }

    List<ReadingRow> readings(ReportScope scope, Instant from, Instant to) {
        Map<String, Object> params = new HashMap<>();
        String where = scope.condition(params);
        params.put("from", Jdbc.utc(from));
        params.put("to", Jdbc.utc(to));
        return jdbc.sql("""
                select m.id, p.number, m.title, i.name, i.unit, r.period, r.amount, r.recorded_at,
                       (select e.amount from indicator_reading e where e.indicator_id = r.indicator_id
                          and (e.recorded_at < r.recorded_at or e.recorded_at = r.recorded_at and e.id < r.id)
                        order by e.recorded_at desc, e.id desc limit 1) as previous
                from indicator_reading r join indicator i on i.id = r.indicator_id
                join measure m on m.id = i.measure_id join problem p on p.id = m.problem_id
                where r.recorded_at >= :from and r.recorded_at < :to and\s""" + where
                + " order by p.number, m.ordinal, r.recorded_at, r.id")
                .params(params)
                .query((rs, n) -> new ReadingRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), Jdbc.decimal(rs, "previous"), Jdbc.decimal(rs, "amount"),
                        Jdbc.instant(rs, "recorded_at")))
                .list();
    }
}
