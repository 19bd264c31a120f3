package taizhang.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.indicator.Reading;
import taizhang.ledger.MeasureService;
import taizhang.shared.Jdbc;

/**
 * Reads what happened to a campaign's measures, from the audit trail, the readings and the
 * accepted progress reports: in a time window, or for a reporting period.
 */
@Repository
class ChangeRepository {

    /** The audit actions that can move a measure's status or create it, and its assignments. */
    static final List<String> ACTIONS = Stream.concat(
                    MeasureService.STATUS_ACTIONS.stream(), Stream.of("measure.assign"))
            .toList();

    record Event(
            long seq,
            Instant at,
            String action,
            long measureId,
            int problemNumber,
            String title,
            String lead,
            String beforeJson,
            String afterJson) {}

    record ReadingRow(
            long measureId,
            int problemNumber,
            String measureTitle,
            String indicator,
            String unit,
            String period,
            BigDecimal previous,
            BigDecimal value,
            Instant at) {}

    /** A reading of an indicator that has one for the later cycle, with the measure it belongs to. */
    record CycleReading(
            long id,
            long indicatorId,
            long measureId,
            int problemNumber,
            String measureTitle,
            String indicator,
            String unit,
            String period,
            BigDecimal value,
            Instant at) {

        Reading reading() {
            return new Reading(id, indicatorId, period, value, null, null, at);
        }
    }

    record AcceptedRow(
            long reportId,
            long measureId,
            int problemNumber,
            String measureTitle,
            String unit,
            String period,
            String claimedStatus,
            String body,
            Instant reviewedAt) {}

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
                .query((rs, n) -> new Event(
                        rs.getLong(1),
                        Jdbc.instant(rs, "occurred_at"),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9)))
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
                where r.recorded_at >= :from and r.recorded_at < :to and\s""" + where + " order by p.number, m.ordinal, r.recorded_at, r.id")
                .params(params)
                .query((rs, n) -> new ReadingRow(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        Jdbc.decimal(rs, "previous"),
                        Jdbc.decimal(rs, "amount"),
                        Jdbc.instant(rs, "recorded_at")))
                .list();
    }

    /**
     * Every reading of each indicator in scope that has one for {@code period}: the earlier
     * periods' values are compared in code, where periods of different lengths can be ordered.
     */
    List<CycleReading> readingsOfIndicatorsReportedFor(ReportScope scope, String period) {
        Map<String, Object> params = new HashMap<>();
        String where = scope.condition(params);
        params.put("period", period);
        return jdbc.sql("""
                select r.id, r.indicator_id, m.id as measure_id, p.number, m.title, i.name, i.unit, r.period, r.amount,
                       r.recorded_at
                from indicator_reading r join indicator i on i.id = r.indicator_id
                join measure m on m.id = i.measure_id join problem p on p.id = m.problem_id
                where exists (select 1 from indicator_reading b where b.indicator_id = r.indicator_id and b.period = :period)
                  and\s""" + where + " order by p.number, m.ordinal, m.id, i.id, r.id")
                .params(params)
                .query((rs, n) -> new CycleReading(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        Jdbc.decimal(rs, "amount"),
                        Jdbc.instant(rs, "recorded_at")))
                .list();
    }

    /** Progress reports accepted for a period. */
    List<AcceptedRow> acceptedFor(ReportScope scope, String period) {
        Map<String, Object> params = new HashMap<>();
        params.put("period", period);
        return accepted(scope, "r.period = :period", params);
    }

    /** Progress reports accepted in a time window, whatever their period. */
    List<AcceptedRow> acceptedIn(ReportScope scope, Instant from, Instant to) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", Jdbc.utc(from));
        params.put("to", Jdbc.utc(to));
        return accepted(scope, "r.reviewed_at >= :from and r.reviewed_at < :to", params);
    }

    private List<AcceptedRow> accepted(ReportScope scope, String condition, Map<String, Object> params) {
        String where = scope.condition(params);
        return jdbc.sql("""
                select r.id, m.id as measure_id, p.number, m.title, o.name, r.period, r.claimed_status, r.body,
                       r.reviewed_at
                from progress_report r join measure m on m.id = r.measure_id join problem p on p.id = m.problem_id
                join organisation o on o.id = r.organisation_id
                where r.status = 'ACCEPTED' and\s""" + condition + " and " + where + " order by p.number, m.ordinal, m.id, r.id")
                .params(params)
                .query((rs, n) -> new AcceptedRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        Jdbc.instant(rs, "reviewed_at")))
                .list();
    }

    /**
     * The period labels of the progress reports and readings in scope. Each table's distinct
     * labels, a few dozen across all campaigns, are walked through its period index one jump at
     * a time, and each is kept if a row in scope has it; reading the campaign's rows instead
     * costs a second at a million measures. The id bounds keep the check for another campaign's
     * label to this campaign's id range, and a reader with no measures here checks nothing.
     * {@code offset 0} keeps PostgreSQL from turning each check into a join over every row.
     */
    List<String> periods(ReportScope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = scope.condition(params);
        String reports = """
                select 1 from progress_report r join measure m on m.id = r.measure_id where r.period = p.period
                  and r.measure_id between (select min(id) from measure where campaign_id = :campaign)
                  and (select max(id) from measure where campaign_id = :campaign) and\s""" + where;
        String readings = """
                select 1 from indicator_reading x join indicator i on i.id = x.indicator_id where x.period = p.period
                  and x.indicator_id between (select min(id) from indicator where campaign_id = :campaign)
                  and (select max(id) from indicator where campaign_id = :campaign) and\s"""
                + (scope.whole()
                        ? "i.campaign_id = :campaign and i.measure_id is not null"
                        : "exists (select 1 from measure m where m.id = i.measure_id and " + where + ")");
        String anyMeasure = " and exists (select 1 from measure m where " + where + ")";
        return jdbc.sql("with recursive " + distinctPeriods("report_period", "progress_report") + ", "
                        + distinctPeriods("reading_period", "indicator_reading")
                        + " select p.period from report_period p where exists (" + reports + " offset 0)" + anyMeasure
                        + " union select p.period from reading_period p where exists (" + readings + " offset 0)"
                        + anyMeasure)
                .params(params)
                .query(String.class)
                .list();
    }

    /**
     * A recursive query {@code name(period)} of the table's distinct periods, then a null. It
     * walks them in text order only to meet each once; their time order is {@link taizhang.shared.Cycle}'s.
     */
    private static String distinctPeriods(String name, String table) {
        return name + "(period) as (select (select period from " + table + " order by period limit 1)"
                + " union all select (select t.period from " + table + " t where t.period > p.period"
                + " order by t.period limit 1) from " + name + " p where p.period is not null)";
    }
}
