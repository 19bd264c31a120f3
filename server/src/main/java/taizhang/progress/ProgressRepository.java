package taizhang.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import taizhang.ledger.MeasureStatus;
import taizhang.shared.BatchInsert;
import taizhang.shared.Jdbc;

@Repository
class ProgressRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ProgressRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Optional<ProgressReport> find(long id) {
        return jdbc.sql("select * from progress_report where id = :id")
                .param("id", id)
                .query((rs, n) -> report(rs, List.of()))
                .optional()
                .map(r -> withFigures(List.of(r)).get(0));
    }

    List<ProgressReport> forMeasure(long measureId) {
        return withFigures(jdbc.sql("select * from progress_report where measure_id = :m order by id desc")
                .param("m", measureId)
                .query((rs, n) -> report(rs, List.of()))
                .list());
    }

    /** The reports of these measures, by measure and each measure's newest first, with their figures. */
    List<ProgressReport> forMeasures(Collection<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return List.of();
        }
        return withFigures(
                jdbc.sql("select * from progress_report where measure_id in (:ms) order by measure_id, id desc")
                        .param("ms", measureIds)
                        .query((rs, n) -> report(rs, List.of()))
                        .list());
    }

    /** The reports of these ids in the order given, with their figures; an id without a report is left out. */
    List<ProgressReport> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ProgressReport> byId = jdbc
                .sql("select * from progress_report where id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> report(rs, List.of()))
                .list()
                .stream()
                .collect(Collectors.toMap(ProgressReport::id, Function.identity()));
        return withFigures(ids.stream().filter(byId::containsKey).map(byId::get).toList());
    }

    /** The unit's report for the measure and period, if it has filed one. */
    Optional<ProgressReport> forUnitAndPeriod(long measureId, long organisationId, String period) {
        return withFigures(jdbc.sql("""
                select * from progress_report where measure_id = :m and organisation_id = :o and period = :p
                order by id desc""")
                        .param("m", measureId)
                        .param("o", organisationId)
                        .param("p", period)
                        .query((rs, n) -> report(rs, List.of()))
                        .list())
                .stream()
                .findFirst();
    }

    boolean backfillAllowed(long measureId, long organisationId, String period) {
        return jdbc.sql("select count(*) from report_backfill where measure_id = :m and org_id = :o and period = :p")
                        .param("m", measureId)
                        .param("o", organisationId)
                        .param("p", period)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Records the office's 补报 decision; false when the period was already open to the unit. */
    boolean allowBackfill(long measureId, long organisationId, String period, String reason, String by, Instant at) {
        if (backfillAllowed(measureId, organisationId, period)) {
            return false;
        }
        jdbc.sql("""
                insert into report_backfill (measure_id, org_id, period, reason, granted_by, granted_at)
                values (:m, :o, :p, :reason, :by, :at)""")
                .param("m", measureId)
                .param("o", organisationId)
                .param("p", period)
                .param("reason", reason)
                .param("by", by)
                .param("at", Jdbc.utc(at))
                .update();
        return true;
    }

    long insert(ProgressReport r) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into progress_report (measure_id, organisation_id, period, body, claimed_status, status, author_id,
                                             office_note)
                values (:measure, :org, :period, :body, :claimed, :status, :author, :note)""")
                .param("measure", r.measureId())
                .param("org", r.organisationId())
                .param("period", r.period())
                .param("body", r.body())
                .param("claimed", r.claimedStatus().name())
                .param("status", r.status().name())
                .param("author", r.authorId())
                .param("note", r.officeNote())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        replaceFigures(id, r.figures());
        return id;
    }

    /**
     * Inserts reports as they are (status, review, version) in one JDBC batch, the caller's chunk;
     * returns their ids in order. Their figures are not written: imported reports carry none.
     */
    /** Marks reports as the text their new measure was imported with ({@link ImportedReports.Imported#restatesText}). */
    void markRestatingText(List<Long> reportIds) {
        if (!reportIds.isEmpty()) {
            jdbc.sql("update progress_report set restates_text = true where id in (:ids)")
                    .param("ids", reportIds)
                    .update();
        }
    }

    List<Long> insertAll(List<ProgressReport> rows) {
        return BatchInsert.returningIds(template, """
                insert into progress_report (measure_id, organisation_id, period, body, claimed_status, status,
                                             author_id, submitted_at, reviewer_id, reviewed_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, (ps, r) -> {
            ps.setLong(1, r.measureId());
            ps.setLong(2, r.organisationId());
            ps.setString(3, r.period());
            ps.setString(4, r.body());
            ps.setString(5, r.claimedStatus().name());
            ps.setString(6, r.status().name());
            ps.setLong(7, r.authorId());
            ps.setObject(8, Jdbc.utc(r.submittedAt()));
            ps.setObject(9, r.reviewerId(), Types.BIGINT);
            ps.setObject(10, Jdbc.utc(r.reviewedAt()));
            ps.setInt(11, r.version());
        });
    }

    /** Writes the report if its stored version is still the one read. */
    boolean update(ProgressReport r) {
        int updated = jdbc.sql("""
                update progress_report set body = :body, claimed_status = :claimed, status = :status,
                       author_id = :author, return_reason = :reason, submitted_at = :submitted, reviewer_id = :reviewer,
                       reviewed_at = :reviewed, version = version + 1
                where id = :id and version = :version""")
                .param("body", r.body())
                .param("claimed", r.claimedStatus().name())
                .param("status", r.status().name())
                .param("author", r.authorId())
                .param("reason", r.returnReason())
                .param("submitted", Jdbc.utc(r.submittedAt()))
                .param("reviewer", r.reviewerId())
                .param("reviewed", Jdbc.utc(r.reviewedAt()))
                .param("id", r.id())
                .param("version", r.version())
                .update();
        if (updated == 1) {
            replaceFigures(r.id(), r.figures());
        }
        return updated == 1;
    }

    private void replaceFigures(long reportId, List<ProgressReport.Figure> figures) {
        jdbc.sql("delete from progress_report_figure where report_id = :r")
                .param("r", reportId)
                .update();
        for (ProgressReport.Figure f : figures) {
            jdbc.sql("insert into progress_report_figure (report_id, indicator_id, amount) values (:r, :i, :v)")
                    .param("r", reportId)
                    .param("i", f.indicatorId())
                    .param("v", f.value())
                    .update();
        }
    }

    /** The reports with their figures, read for all of them in one query. */
    private List<ProgressReport> withFigures(List<ProgressReport> reports) {
        if (reports.isEmpty()) {
            return reports;
        }
        Map<Long, List<ProgressReport.Figure>> figures = new HashMap<>();
        jdbc.sql("""
                select report_id, indicator_id, amount from progress_report_figure
                where report_id in (:rs) order by report_id, indicator_id""")
                .param("rs", reports.stream().map(ProgressReport::id).toList())
                .query(rs -> {
                    figures.computeIfAbsent(rs.getLong("report_id"), id -> new ArrayList<>())
                            .add(new ProgressReport.Figure(rs.getLong("indicator_id"), Jdbc.decimal(rs, "amount")));
                });
        return reports.stream()
                .map(r -> r.withFigures(figures.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private static ProgressReport report(ResultSet rs, List<ProgressReport.Figure> figures) throws SQLException {
        return new ProgressReport(
                rs.getLong("id"),
                rs.getLong("measure_id"),
                rs.getLong("organisation_id"),
                rs.getString("period"),
                rs.getString("body"),
                MeasureStatus.valueOf(rs.getString("claimed_status")),
                ReportStatus.valueOf(rs.getString("status")),
                rs.getString("return_reason"),
                rs.getLong("author_id"),
                rs.getBoolean("office_note"),
                Jdbc.instant(rs, "submitted_at"),
                Jdbc.nullableLong(rs, "reviewer_id"),
                Jdbc.instant(rs, "reviewed_at"),
                rs.getInt("version"),
                figures);
    }
}
