package taizhang.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.indicator.IndicatorQueries;
import taizhang.indicator.IndicatorQueries.MeasureReading;
import taizhang.indicator.Reading;
import taizhang.ledger.LedgerQueries;
import taizhang.ledger.LedgerQueries.MeasureLabel;
import taizhang.ledger.LedgerRows;
import taizhang.ledger.MeasureService;
import taizhang.progress.ProgressQueries;
import taizhang.progress.ProgressQueries.AcceptedReport;
import taizhang.shared.Jdbc;

/**
 * Reads what happened to a campaign's measures, from the audit trail, the readings and the
 * accepted progress reports: in a time window, or for a reporting period. Each owner is asked for
 * its rows (the audit trail through its view, the readings and reports through their features'
 * query classes), and the rows are put in ledger order here with the ledger's labels.
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
    private final LedgerQueries ledger;
    private final LedgerRows rows;
    private final ProgressQueries progress;
    private final IndicatorQueries indicators;
    private final UnitNames units;

    ChangeRepository(
            JdbcClient jdbc,
            LedgerQueries ledger,
            LedgerRows rows,
            ProgressQueries progress,
            IndicatorQueries indicators,
            UnitNames units) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.rows = rows;
        this.progress = progress;
        this.indicators = indicators;
        this.units = units;
    }

    /** The last measure id of the campaign's imported baseline, 0 when it has none. */
    long baselineThrough(long campaignId) {
        return ledger.baselineThrough(campaignId);
    }

    /**
     * The audit events in the window that moved or assigned a measure in scope, in trail order:
     * the trail through the audit feature's view, the measures' labels from the ledger.
     */
    List<Event> events(ReportScope scope, Instant from, Instant to) {
        record Row(long seq, Instant at, String action, long measureId, String beforeJson, String afterJson) {}
        List<Row> trail = jdbc.sql("""
                select seq, occurred_at, action, object_id, before_json, after_json from audit_event_view
                where object_type = 'measure' and action in (:actions) and occurred_at >= :from and occurred_at < :to
                order by seq""")
                .param("actions", ACTIONS)
                .param("from", Jdbc.utc(from))
                .param("to", Jdbc.utc(to))
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        Jdbc.instant(rs, "occurred_at"),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
        Map<Long, MeasureLabel> labels =
                labels(scope, trail.stream().map(Row::measureId).toList());
        Map<Long, String> leads = leads(labels);
        return trail.stream()
                .filter(r -> labels.containsKey(r.measureId()))
                .map(r -> {
                    MeasureLabel m = labels.get(r.measureId());
                    return new Event(
                            r.seq(),
                            r.at(),
                            r.action(),
                            r.measureId(),
                            m.problemNumber(),
                            m.title(),
                            leads.get(m.leadOrgId()),
                            r.beforeJson(),
                            r.afterJson());
                })
                .toList();
    }

    /** The readings recorded in the window, in ledger order of their measures, then by time. */
    List<ReadingRow> readings(ReportScope scope, Instant from, Instant to) {
        List<MeasureReading> found = indicators.readingsRecordedIn(scope.campaignId(), scope.unitOrgId(), from, to);
        Map<Long, MeasureLabel> labels =
                ledger.labels(found.stream().map(MeasureReading::measureId).toList());
        return found.stream()
                .filter(r -> labels.containsKey(r.measureId()))
                .sorted(inLedgerOrder(labels, MeasureReading::measureId)
                        .thenComparing(MeasureReading::recordedAt)
                        .thenComparing(MeasureReading::id))
                .map(r -> new ReadingRow(
                        r.measureId(),
                        labels.get(r.measureId()).problemNumber(),
                        labels.get(r.measureId()).title(),
                        r.indicator(),
                        r.unit(),
                        r.period(),
                        r.previous(),
                        r.value(),
                        r.recordedAt()))
                .toList();
    }

    /**
     * Every reading of each indicator in scope that has one for {@code period}: the earlier
     * periods' values are compared in code, where periods of different lengths can be ordered.
     */
    List<CycleReading> readingsOfIndicatorsReportedFor(ReportScope scope, String period) {
        List<MeasureReading> found =
                indicators.readingsOfIndicatorsReadFor(scope.campaignId(), scope.unitOrgId(), period);
        Map<Long, MeasureLabel> labels =
                ledger.labels(found.stream().map(MeasureReading::measureId).toList());
        return found.stream()
                .filter(r -> labels.containsKey(r.measureId()))
                .sorted(inLedgerOrder(labels, MeasureReading::measureId)
                        .thenComparing(MeasureReading::measureId)
                        .thenComparing(MeasureReading::indicatorId)
                        .thenComparing(MeasureReading::id))
                .map(r -> new CycleReading(
                        r.id(),
                        r.indicatorId(),
                        r.measureId(),
                        labels.get(r.measureId()).problemNumber(),
                        labels.get(r.measureId()).title(),
                        r.indicator(),
                        r.unit(),
                        r.period(),
                        r.value(),
                        r.recordedAt()))
                .toList();
    }

    /** Progress reports accepted for a period. */
    List<AcceptedRow> acceptedFor(ReportScope scope, String period) {
        return accepted(progress.acceptedFor(scope.campaignId(), scope.unitOrgId(), period));
    }

    /** Progress reports accepted in a time window, whatever their period. */
    List<AcceptedRow> acceptedIn(ReportScope scope, Instant from, Instant to) {
        return accepted(progress.acceptedIn(scope.campaignId(), scope.unitOrgId(), from, to));
    }

    /** The reports in ledger order of their measures, then by id, with their measures and units named. */
    private List<AcceptedRow> accepted(List<AcceptedReport> reports) {
        Map<Long, MeasureLabel> labels =
                ledger.labels(reports.stream().map(AcceptedReport::measureId).toList());
        Map<Long, String> names =
                units.of(reports.stream().map(AcceptedReport::organisationId).toList());
        return reports.stream()
                .filter(r -> labels.containsKey(r.measureId()) && names.containsKey(r.organisationId()))
                .sorted(inLedgerOrder(labels, AcceptedReport::measureId)
                        .thenComparing(AcceptedReport::measureId)
                        .thenComparing(AcceptedReport::id))
                .map(r -> new AcceptedRow(
                        r.id(),
                        r.measureId(),
                        labels.get(r.measureId()).problemNumber(),
                        labels.get(r.measureId()).title(),
                        names.get(r.organisationId()),
                        r.period(),
                        r.claimedStatus(),
                        r.body(),
                        r.reviewedAt()))
                .toList();
    }

    /**
     * The period labels of the progress reports and readings in scope, each feature asked for its
     * own; a reader with no measures here gets none. Their time order is {@link taizhang.shared.Cycle}'s.
     */
    List<String> periods(ReportScope scope) {
        if (!rows.anyInScope(scope.campaignId(), scope.unitOrgId())) {
            return List.of();
        }
        Set<String> periods = new LinkedHashSet<>();
        long[] ids = rows.idRange(scope.campaignId());
        periods.addAll(progress.periods(scope.campaignId(), scope.unitOrgId(), ids[0], ids[1]));
        periods.addAll(indicators.periods(scope.campaignId(), scope.unitOrgId()));
        return List.copyOf(periods);
    }

    private Map<Long, MeasureLabel> labels(ReportScope scope, List<Long> measureIds) {
        return ledger.labelsInScope(scope.campaignId(), scope.unitOrgId(), measureIds);
    }

    private Map<Long, String> leads(Map<Long, MeasureLabel> labels) {
        return units.of(labels.values().stream()
                .map(MeasureLabel::leadOrgId)
                .filter(Objects::nonNull)
                .toList());
    }

    /** By the measure's problem number, then its ordinal: the ledger's order. */
    private static <T> Comparator<T> inLedgerOrder(Map<Long, MeasureLabel> labels, ToLongFunction<T> measureId) {
        return Comparator.<T>comparingInt(
                        t -> labels.get(measureId.applyAsLong(t)).problemNumber())
                .thenComparingInt(t -> labels.get(measureId.applyAsLong(t)).ordinal());
    }
}
