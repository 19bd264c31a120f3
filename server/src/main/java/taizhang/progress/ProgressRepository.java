package taizhang.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import taizhang.ledger.MeasureStatus;
import taizhang.shared.Jdbc;

@Repository
class ProgressRepository {

    private final JdbcClient jdbc;

    ProgressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ProgressReport> find(long id) {
        return jdbc.sql("select * from progress_report where id = :id").param("id", id)
                .query((rs, n) -> report(rs, List.of())).optional().map(this::withFigures);
    }

    List<ProgressReport> forMeasure(long measureId) {
        return jdbc.sql("select * from progress_report where measure_id = :m order by id desc").param("m", measureId)
                .query((rs, n) -> report(rs, List.of())).list().stream().map(this::withFigures).toList();
    }

    long insert(ProgressReport r) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into progress_report (measure_id, organisation_id, period, body, claimed_status, status, author_id)
                values (:measure, :org, :period, :body, :claimed, :status, :author)""")
                .param("measure", r.measureId()).param("org", r.organisationId()).param("period", r.period())
                .param("body", r.body()).param("claimed", r.claimedStatus().name()).param("status", r.status().name())
                .param("author", r.authorId()).update(keys, "id");
        long id = keys.getKey().longValue();
        replaceFigures(id, r.figures());
        return id;
    }

    /** Writes the report if its stored version is still the one read. */
    boolean update(ProgressReport r) {
        int updated = jdbc.sql("""
                update progress_report set body = :body, claimed_status = :claimed, status = :status,
                       return_reason = :reason, submitted_at = :submitted, reviewer_id = :reviewer,
                       reviewed_at = :reviewed, version = version + 1
                where id = :id and version = :version""")
                .param("body", r.body()).param("claimed", r.claimedStatus().name()).param("status", r.status().name())
                .param("reason", r.returnReason()).param("submitted", Jdbc.utc(r.submittedAt()))
                .param("reviewer", r.reviewerId()).param("reviewed", Jdbc.utc(r.reviewedAt()))
                .param("id", r.id()).param("version", r.version()).update();
        if (updated == 1) {
            replaceFigures(r.id(), r.figures());
        }
        return updated == 1;
    }

    private void replaceFigures(long reportId, List<ProgressReport.Figure> figures) {
        jdbc.sql("delete from progress_report_figure where report_id = :r").param("r", reportId).update();
        for (ProgressReport.Figure f : figures) {
            jdbc.sql("insert into progress_report_figure (report_id, indicator_id, amount) values (:r, :i, :v)")
                    .param("r", reportId).param("i", f.indicatorId()).param("v", f.value()).update();
        }
    }

    private ProgressReport withFigures(ProgressReport r) {
        List<ProgressReport.Figure> figures = jdbc
                .sql("select indicator_id, amount from progress_report_figure where report_id = :r order by indicator_id")
                .param("r", r.id())
                .query((rs, n) -> new ProgressReport.Figure(rs.getLong("indicator_id"), Jdbc.decimal(rs, "amount")))
                .list();
        return new ProgressReport(r.id(), r.measureId(), r.organisationId(), r.period(), r.body(), r.claimedStatus(),
                r.status(), r.returnReason(), r.authorId(), r.submittedAt(), r.reviewerId(), r.reviewedAt(),
                r.version(), figures);
    }

    private static ProgressReport report(ResultSet rs, List<ProgressReport.Figure> figures) throws SQLException {
        return new ProgressReport(rs.getLong("id"), rs.getLong("measure_id"), rs.getLong("organisation_id"),
                rs.getString("period"), rs.getString("body"), MeasureStatus.valueOf(rs.getString("claimed_status")),
                ReportStatus.valueOf(rs.getString("status")), rs.getString("return_reason"), rs.getLong("author_id"),
                Jdbc.instant(rs, "submitted_at"), Jdbc.nullableLong(rs, "reviewer_id"), Jdbc.instant(rs, "reviewed_at"),
                rs.getInt("version"), figures);
    }
}
