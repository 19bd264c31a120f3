package taizhang.ledger;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import taizhang.shared.SqlCondition;

/**
 * Where a measure stands. It changes only by the moves of {@link Measure}: work starts, is
 * reported done, and the office closes it (销号) on evidence; the office may send done work back
 * with a reason, and reopen closed work (回头看).
 */
public enum MeasureStatus {
    NOT_STARTED("未启动"),
    IN_PROGRESS("推进中"),
    /** 基本完成: a real state in the reports, counted apart from done. */
    SUBSTANTIALLY_DONE("基本完成"),
    DONE("已完成"),
    /** 销号: approved by the office; only a 回头看 reopens it. */
    CLOSED("已销号");

    private final String label;

    MeasureStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * 完成: done or closed. Substantially done is not finished: the notice counts it apart, and
     * its deadline still runs. The one rule behind warnings, overdue work, completion rates and
     * every count of finished measures, in Java and (through {@link #finishedSql}) in SQL.
     */
    public static final Set<MeasureStatus> FINISHED = Collections.unmodifiableSet(EnumSet.of(DONE, CLOSED));

    public boolean isFinished() {
        return FINISHED.contains(this);
    }

    /** {@link #FINISHED} in SQL: true where {@code column} holds a finished status. */
    public static SqlCondition finishedSql(String column) {
        return new SqlCondition(
                column + " in (:finished)",
                Map.of("finished", FINISHED.stream().map(Enum::name).toList()));
    }

    /** The finished statuses as a page names them: 已完成和已销号. */
    public static String finishedLabels() {
        List<String> labels = FINISHED.stream().map(MeasureStatus::label).toList();
        return String.join("和", labels);
    }
}
