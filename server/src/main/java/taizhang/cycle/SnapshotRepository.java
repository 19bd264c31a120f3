package taizhang.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;

/** The ledger as of each cycle's close: written in SQL, read per measure. */
@Repository
class SnapshotRepository {

    private final JdbcClient jdbc;

    SnapshotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The measures among these that the cycle required and its snapshot holds. */
    Set<Long> coveredAmong(long cycleId, Collection<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select measure_id from cycle_snapshot where cycle_id = :c and measure_id in (:ms) and required""")
                .param("c", cycleId)
                .param("ms", measureIds)
                .query(Long.class)
                .list());
    }

    /**
     * Replaces the cycle's snapshot with the ledger as it stands: every measure of the campaign
     * (marked whether the cycle required it) with its status, units, deadline, latest accepted
     * report and each indicator's latest reading, and the campaign's problems. INSERT ... SELECT
     * statements, so closing a cycle of a million measures moves no row through Java.
     */
    void write(ReportingCycle cycle) {
        long id = cycle.id();
        for (String table : List.of(
                "cycle_snapshot_figure", "cycle_snapshot_co_unit", "cycle_snapshot_problem", "cycle_snapshot")) {
            jdbc.sql("delete from " + table + " where cycle_id = :c")
                    .param("c", id)
                    .update();
        }
        jdbc.sql("""
                insert into cycle_snapshot (cycle_id, measure_id, problem_id, ordinal, title, status, warning,
                                            lead_org_id, deadline, report_id, report_period, report_excerpt,
                                            reopened, required)
                select :cycle, m.id, m.problem_id, m.ordinal, m.title, m.status, m.warning, m.lead_org_id, m.deadline,
                       r.id, r.period, substr(r.body, 1, 500), m.reopened,
                       case when m.status <> 'CLOSED' and not exists (
                           select 1 from cycle_exclusion e where e.cycle_id = :cycle and e.measure_id = m.id)
                       then true else false end
                from ledger_measure_view m
                left join (select pr.measure_id, max(pr.id) as report_id from progress_report_view pr
                           join ledger_measure_view pm on pm.id = pr.measure_id
                           where pm.campaign_id = :campaign and pr.status = 'ACCEPTED'
                           group by pr.measure_id) latest on latest.measure_id = m.id
                left join progress_report_view r on r.id = latest.report_id
                where m.campaign_id = :campaign
                """).param("cycle", id).param("campaign", cycle.campaignId()).update();
        jdbc.sql("""
                insert into cycle_snapshot_problem (cycle_id, problem_id, number, title, section_id)
                select :cycle, p.id, p.number, p.title, p.section_id from ledger_problem_view p where p.campaign_id = :campaign""").param("cycle", id).param("campaign", cycle.campaignId()).update();
        jdbc.sql("""
                insert into cycle_snapshot_co_unit (cycle_id, measure_id, org_id)
                select s.cycle_id, c.measure_id, c.org_id from cycle_snapshot s
                join ledger_co_unit_view c on c.measure_id = s.measure_id where s.cycle_id = :cycle""").param("cycle", id).update();
        jdbc.sql("""
                insert into cycle_snapshot_figure (cycle_id, measure_id, indicator_id, period, amount)
                select s.cycle_id, s.measure_id, i.id, rd.period, rd.amount from cycle_snapshot s
                join indicator_view i on i.measure_id = s.measure_id
                join (select ir.indicator_id, max(ir.id) as reading_id from indicator_reading_view ir
                      join indicator_view ci on ci.id = ir.indicator_id
                      where ci.campaign_id = :campaign group by ir.indicator_id) latest
                  on latest.indicator_id = i.id
                join indicator_reading_view rd on rd.id = latest.reading_id
                where s.cycle_id = :cycle""").param("cycle", id).param("campaign", cycle.campaignId()).update();
    }

    /** The snapshot of the measure in the cycle, if the cycle closed over it. */
    Optional<SnapshotEntry> find(long cycleId, long measureId) {
        return entries(" and s.measure_id = :m", Map.of("c", cycleId, "m", measureId, "limit", 1, "offset", 0)).stream()
                .findFirst();
    }

    /**
     * A page of the snapshot in measure order: all of it for {@code subtree} null, else the measures
     * whose lead or a co-unit lay in that subtree at the close.
     */
    List<SnapshotEntry> page(long cycleId, String subtree, int offset, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("c", cycleId, "limit", limit, "offset", offset));
        if (subtree == null) {
            return entries("", params);
        }
        params.put("subtree", subtree);
        return entries("""
                 and (exists (select 1 from org_unit_view o where o.id = s.lead_org_id and o.path like :subtree)
                      or exists (select 1 from cycle_snapshot_co_unit cu join org_unit_view o on o.id = cu.org_id
                                 where cu.cycle_id = s.cycle_id and cu.measure_id = s.measure_id
                                   and o.path like :subtree))""", params);
    }

    private List<SnapshotEntry> entries(String condition, Map<String, ?> params) {
        record Row(
                long measureId,
                String title,
                String status,
                Long lead,
                LocalDate deadline,
                Long reportId,
                String reportPeriod,
                String excerpt) {}
        List<Row> rows = jdbc.sql("select s.* from cycle_snapshot s where s.cycle_id = :c and s.required " + condition
                        + " order by s.measure_id limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getLong("measure_id"),
                        rs.getString("title"),
                        rs.getString("status"),
                        Jdbc.nullableLong(rs, "lead_org_id"),
                        Jdbc.date(rs, "deadline"),
                        Jdbc.nullableLong(rs, "report_id"),
                        rs.getString("report_period"),
                        rs.getString("report_excerpt")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        long cycleId = ((Number) params.get("c")).longValue();
        List<Long> ids = rows.stream().map(Row::measureId).toList();
        Map<Long, List<Long>> coUnits = new HashMap<>();
        jdbc.sql("""
                select measure_id, org_id from cycle_snapshot_co_unit where cycle_id = :c and measure_id in (:ms)
                order by measure_id, org_id""").param("c", cycleId).param("ms", ids).query(rs -> {
            coUnits.computeIfAbsent(rs.getLong("measure_id"), m -> new ArrayList<>())
                    .add(rs.getLong("org_id"));
        });
        Map<Long, List<SnapshotEntry.Figure>> figures = new HashMap<>();
        jdbc.sql("""
                select measure_id, indicator_id, period, amount from cycle_snapshot_figure
                where cycle_id = :c and measure_id in (:ms) order by measure_id, indicator_id""").param("c", cycleId).param("ms", ids).query(rs -> {
            figures.computeIfAbsent(rs.getLong("measure_id"), m -> new ArrayList<>())
                    .add(new SnapshotEntry.Figure(
                            rs.getLong("indicator_id"), rs.getString("period"), Jdbc.decimal(rs, "amount")));
        });
        return rows.stream()
                .map(r -> new SnapshotEntry(
                        r.measureId(),
                        r.title(),
                        r.status(),
                        r.lead(),
                        coUnits.getOrDefault(r.measureId(), List.of()),
                        r.deadline(),
                        r.reportId(),
                        r.reportPeriod(),
                        r.excerpt(),
                        figures.getOrDefault(r.measureId(), List.of())))
                .toList();
    }
}
