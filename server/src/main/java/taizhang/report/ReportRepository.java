package taizhang.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.indicator.Indicator;
import taizhang.indicator.IndicatorQueries;
import taizhang.ledger.LedgerRows;
import taizhang.progress.ProgressQueries;
import taizhang.shared.Jdbc;

/**
 * The report feature's reads over the ledger. Everything comes in pages or grouped counts, so
 * a report over a campaign of a hundred thousand measures never holds the campaign in memory.
 * The measures are the ledger's ({@link LedgerRows}), the figures the progress and indicator
 * features'; the units' names come through the tree's view.
 */
@Repository
class ReportRepository {

    /** A count of measures with one status, grouped by a key (a problem or a lead unit). */
    record StatusCount(long key, String status, long count) {}

    /** A problem of the campaign, in ledger order. */
    record ProblemKey(long id, int number, String title, Long sectionId) {}

    /**
     * An accepted report: its text, the period it reports on, when it was accepted; {@code restatesText}
     * when it is the text a document import created its measure with, which never adds to the official text.
     */
    record Progress(long reportId, String body, String period, Instant reviewedAt, boolean restatesText) {

        /**
         * What the ledger's 整改进展 shows: the report, or, for the import's copy of the text, the
         * official text as it stands now (once the office rewrites it, not the words it replaced).
         */
        String shownWith(String officialText) {
            return restatesText ? officialText : body;
        }
    }

    /** A figure of a report, with its indicator's target (null when the indicator has none). */
    record Figure(long reportId, String name, String unit, BigDecimal value, BigDecimal target) {}

    /** A measure with its problem's number and its ordinal: its 编号. */
    record MeasureCode(long id, int problemNumber, int ordinal) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LedgerRows rows;
    private final ProgressQueries progress;
    private final IndicatorQueries indicators;
    private final UnitNames units;

    ReportRepository(
            JdbcClient jdbc,
            LedgerRows rows,
            ProgressQueries progress,
            IndicatorQueries indicators,
            UnitNames units,
            Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.units = units;
        this.rows = rows;
        this.progress = progress;
        this.indicators = indicators;
    }

    List<StatusCount> countsByProblem(ReportScope scope) {
        return counts(rows.countsByProblem(scope.campaignId(), scope.unitOrgId()));
    }

    /** By lead unit; measures without one under key 0. */
    List<StatusCount> countsByLead(ReportScope scope) {
        return counts(rows.countsByLead(scope.campaignId(), scope.unitOrgId()));
    }

    /** How many measures in scope were reopened after 销号 at least once. */
    long reopened(ReportScope scope) {
        return rows.reopened(scope.campaignId(), scope.unitOrgId());
    }

    private static List<StatusCount> counts(List<LedgerRows.KeyedCount> counts) {
        return counts.stream()
                .map(c -> new StatusCount(c.key(), c.status(), c.count()))
                .toList();
    }

    /** The next problems after ({@code number}, {@code id}) in ledger order. */
    List<ProblemKey> problemsAfter(long campaignId, int number, long id, int limit) {
        return rows.problemsAfter(campaignId, number, id, limit).stream()
                .map(p -> new ProblemKey(p.id(), p.number(), p.title(), p.sectionId()))
                .toList();
    }

    /** The measures in scope of these problems, with their lead unit's name, by problem and ordinal. */
    List<Map<String, Object>> measuresOf(ReportScope scope, List<Long> problemIds) {
        List<Map<String, Object>> measures = rows.measuresOf(scope.unitOrgId(), problemIds);
        Map<Long, String> names = units.of(measures.stream()
                .map(m -> (Number) m.get("lead_org_id"))
                .filter(Objects::nonNull)
                .map(Number::longValue)
                .toList());
        for (Map<String, Object> m : measures) {
            Number lead = (Number) m.get("lead_org_id");
            m.put("lead_name", lead == null ? null : names.get(lead.longValue()));
        }
        return measures;
    }

    /** The measures' official texts, by id. */
    Map<Long, String> officialTexts(List<Long> measureIds) {
        return rows.bodies(measureIds);
    }

    /** The campaign's measures after {@code afterId}, in id order, with their 编号. */
    List<MeasureCode> measureCodesAfter(long campaignId, long afterId, int limit) {
        return rows.measureCodesAfter(campaignId, afterId, limit).stream()
                .map(c -> new MeasureCode(c.id(), c.problemNumber(), c.ordinal()))
                .toList();
    }

    /** The co-units' names per measure, in the tree's order of units. */
    Map<Long, List<String>> coUnitNames(List<Long> measureIds) {
        Map<Long, List<Long>> coUnits = rows.coUnits(measureIds);
        List<Long> orgIds =
                coUnits.values().stream().flatMap(List::stream).distinct().toList();
        Map<Long, Integer> rank = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        if (!orgIds.isEmpty()) {
            jdbc.sql("select id, name from org_unit_view where id in (:ids) order by sort_order, id")
                    .param("ids", orgIds)
                    .query(rs -> {
                        rank.put(rs.getLong(1), rank.size());
                        names.put(rs.getLong(1), rs.getString(2));
                    });
        }
        Map<Long, List<String>> byMeasure = new HashMap<>();
        coUnits.forEach((measure, orgs) -> byMeasure.put(
                measure,
                orgs.stream()
                        .filter(rank::containsKey)
                        .sorted(Comparator.comparing(rank::get))
                        .map(names::get)
                        .toList()));
        return byMeasure;
    }

    Map<Long, List<String>> evidenceNames(List<Long> measureIds) {
        return grouped(
                "select measure_id, file_name from evidence_file_view where measure_id in (:ids) order by measure_id, id",
                measureIds);
    }

    /** The latest progress report the office accepted before {@code asOf} (null: by now), per measure. */
    Map<Long, Progress> latestAccepted(List<Long> measureIds, Instant asOf) {
        Map<Long, Progress> latest = new HashMap<>();
        if (measureIds.isEmpty()) {
            return latest;
        }
        // A null bound in "is null" has no type on PostgreSQL, so the cut-off is left out instead.
        String cutOff = asOf == null ? "" : " and reviewed_at < :asOf";
        var spec = jdbc.sql("select measure_id, id, body, period, reviewed_at, restates_text from progress_report_view"
                        + " where measure_id in (:ids) and status = 'ACCEPTED'" + cutOff
                        + " order by measure_id, reviewed_at, id")
                .param("ids", measureIds);
        (asOf == null ? spec : spec.param("asOf", Jdbc.utc(asOf))).query(rs -> {
            latest.put(
                    rs.getLong(1),
                    new Progress(
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            Jdbc.instant(rs, "reviewed_at"),
                            rs.getBoolean("restates_text")));
        });
        return latest;
    }

    /** Accepted progress reports by id (an accepted report is never changed again). */
    Map<Long, Progress> accepted(List<Long> reportIds) {
        Map<Long, Progress> byId = new HashMap<>();
        if (reportIds.isEmpty()) {
            return byId;
        }
        jdbc.sql("select id, body, period, reviewed_at, restates_text from progress_report_view where id in (:ids)")
                .param("ids", reportIds)
                .query(rs -> {
                    byId.put(
                            rs.getLong(1),
                            new Progress(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    Jdbc.instant(rs, "reviewed_at"),
                                    rs.getBoolean("restates_text")));
                });
        return byId;
    }

    /** The figures of these reports, each report's in indicator order, with the indicators' names and units. */
    Map<Long, List<Figure>> figures(List<Long> reportIds) {
        Map<Long, List<Figure>> figures = new HashMap<>();
        List<ProgressQueries.ReportFigure> given = progress.figures(reportIds);
        Map<Long, Indicator> named = indicators.byIds(given.stream()
                .map(ProgressQueries.ReportFigure::indicatorId)
                .distinct()
                .toList());
        given.stream()
                .filter(f -> named.containsKey(f.indicatorId()))
                .sorted(Comparator.comparing(ProgressQueries.ReportFigure::reportId)
                        .thenComparing(ProgressQueries.ReportFigure::indicatorId))
                .forEach(f -> figures.computeIfAbsent(f.reportId(), k -> new ArrayList<>())
                        .add(new Figure(
                                f.reportId(),
                                named.get(f.indicatorId()).name(),
                                named.get(f.indicatorId()).unit(),
                                f.amount(),
                                named.get(f.indicatorId()).target())));
        return figures;
    }

    /** A change to a measure after a day, as the audit trail keeps it: the measure (or field) before it. */
    record Change(long measureId, String beforeJson) {}

    /** The audited changes to these measures after {@code after}, per measure oldest first. */
    List<Change> changesAfter(List<Long> measureIds, Instant after) {
        if (measureIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select object_id, before_json from audit_event_view
                where object_type = 'measure' and object_id in (:ids) and occurred_at >= :after and before_json is not null
                order by object_id, seq""")
                .param("ids", measureIds)
                .param("after", Jdbc.utc(after))
                .query((rs, n) -> new Change(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** The problems (of any campaign) created at or after {@code after}, by the audit trail's {@code problem.create}. */
    Set<Long> problemsCreatedAfter(Instant after) {
        return new HashSet<>(
                jdbc.sql("""
                        select object_id from audit_event_view
                        where object_type = 'problem' and action = 'problem.create' and occurred_at >= :after""").param("after", Jdbc.utc(after)).query(Long.class).list());
    }

    /** The measures of these problems in scope, those removed since included ({@code removed_at}). */
    List<Map<String, Object>> measuresWithRemovedOf(ReportScope scope, List<Long> problemIds) {
        return rows.measuresOf(scope.unitOrgId(), problemIds, true);
    }

    /** The names of these units by id. */
    Map<Long, String> unitNames(java.util.Collection<Long> orgIds) {
        return units.of(orgIds);
    }

    /** The ids of these units by name. */
    Map<String, Long> unitIds(java.util.Collection<String> names) {
        return units.idsOf(names);
    }

    Set<Long> internal(List<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select measure_id from report_internal_measure where measure_id in (:ids)")
                .param("ids", measureIds)
                .query(Long.class)
                .list());
    }

    List<Long> internalIn(ReportScope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = scope.condition(params);
        return jdbc.sql("select r.measure_id from report_internal_measure r where exists"
                        + " (select 1 from ledger_measure_view m where m.id = r.measure_id and " + where + ")"
                        + " order by r.measure_id")
                .params(params)
                .query(Long.class)
                .list();
    }

    boolean isInternal(long measureId) {
        return jdbc.sql("select count(*) from report_internal_measure where measure_id = :m")
                        .param("m", measureId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void markInternal(long measureId, String by) {
        jdbc.sql("insert into report_internal_measure (measure_id, marked_by, marked_at) values (:m, :by, :at)")
                .param("at", Jdbc.utc(clock.instant()))
                .param("m", measureId)
                .param("by", by)
                .update();
    }

    void unmarkInternal(long measureId) {
        jdbc.sql("delete from report_internal_measure where measure_id = :m")
                .param("m", measureId)
                .update();
    }

    private Map<Long, List<String>> grouped(String sql, List<Long> ids) {
        Map<Long, List<String>> byId = new HashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        jdbc.sql(sql).param("ids", ids).query(rs -> {
            byId.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return byId;
    }
}
