package taizhang.ledger;

import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import taizhang.shared.Jdbc;
import taizhang.shared.StaleVersionException;

/**
 * Updates chunks of existing measures with JDBC batches, each only if it is still at the version
 * it was read at, as {@code MeasureRepository.update} does one by one: a write acknowledged to
 * someone else in between is never overwritten, the whole import fails instead.
 */
final class MeasureBatchUpdates {

    private static final int BATCH = LedgerBatchWriter.BATCH;

    private final JdbcTemplate jdbc;

    MeasureBatchUpdates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the workflow fields of changed measures (status, warning, last accepted); their units
     * are unchanged, so their co-unit and {@code measure_unit} rows stay.
     */
    void updateWorkflow(List<Measure> changed, Instant now) {
        requireEachWritten(
                jdbc.batchUpdate("""
                update measure set status = ?, warning = ?, last_accepted_at = ?, updated_at = ?, version = version + 1
                where id = ? and version = ?""", changed, BATCH, (ps, m) -> {
                    ps.setString(1, m.status().name());
                    ps.setString(2, m.warning().name());
                    ps.setObject(3, Jdbc.utc(m.lastAcceptedAt()));
                    ps.setObject(4, Jdbc.utc(now));
                    ps.setLong(5, m.id());
                    ps.setInt(6, m.version());
                }),
                changed);
    }

    /**
     * Stores the wording and assignment of edited measures: title, lead, leader, deadline, type,
     * and the warning the deadline gives. Their units are left to {@link #replaceUnits}.
     */
    void updateAssignments(List<Measure> changed, Instant now) {
        requireEachWritten(
                jdbc.batchUpdate("""
                update measure set title = ?, body = ?, lead_org_id = ?, responsible_leader = ?, deadline = ?,
                       type = ?, warning = ?, updated_at = ?, original_deadline = ?, version = version + 1
                where id = ? and version = ?""", changed, BATCH, (ps, m) -> {
                    ps.setString(1, m.title());
                    ps.setString(2, m.body());
                    ps.setObject(3, m.leadOrgId(), Types.BIGINT);
                    ps.setString(4, m.responsibleLeader());
                    LedgerBatchWriter.setDate(ps, 5, m.deadline());
                    ps.setString(6, m.type().name());
                    ps.setString(7, m.warning().name());
                    ps.setObject(8, Jdbc.utc(now));
                    LedgerBatchWriter.setDate(ps, 9, m.originalDeadline());
                    ps.setLong(10, m.id());
                    ps.setInt(11, m.version());
                }),
                changed);
    }

    /**
     * Rewrites the co-unit and {@code measure_unit} rows of re-assigned measures, the latter
     * derived as for new measures ({@link LedgerBatchWriter#units}).
     */
    void replaceUnits(List<Measure> measures, LedgerBatchWriter writer, UnitAncestors ancestors) {
        for (String table : List.of("measure_co_unit", "measure_unit")) {
            jdbc.batchUpdate(
                    "delete from " + table + " where measure_id = ?",
                    measures,
                    BATCH,
                    (ps, m) -> ps.setLong(1, m.id()));
        }
        writer.coUnits(measures);
        writer.units(measures, ancestors);
    }

    private static void requireEachWritten(int[][] counts, List<Measure> rows) {
        for (int b = 0; b < counts.length; b++) {
            for (int i = 0; i < counts[b].length; i++) {
                if (counts[b][i] != 1) {
                    throw new StaleVersionException(
                            "整改措施", rows.get(b * BATCH + i).id());
                }
            }
        }
    }
}
