package taizhang.ledger;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import taizhang.shared.SqlCondition;

/**
 * Where a measure stands. The allowed moves are the ledger's workflow: work starts, is
 * reported done, and the office closes it (销号); the office may send done work back.
 */
public enum MeasureStatus {
    NOT_STARTED("未启动"),
    IN_PROGRESS("推进中"),
    /** 基本完成: a real state in the reports, counted apart from done. */
    SUBSTANTIALLY_DONE("基本完成"),
    DONE("已完成"),
    /** 销号: approved by the office; final. */
    CLOSED("已销号");

    private final String label;

    MeasureStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses this one may move to. Closing has a further condition, checked by the measure. */
    public Set<MeasureStatus> next() {
        return switch (this) {
            case NOT_STARTED -> EnumSet.of(IN_PROGRESS, SUBSTANTIALLY_DONE, DONE);
            case IN_PROGRESS -> EnumSet.of(SUBSTANTIALLY_DONE, DONE);
            case SUBSTANTIALLY_DONE -> EnumSet.of(IN_PROGRESS, DONE);
            case DONE -> EnumSet.of(IN_PROGRESS, CLOSED);
            case CLOSED -> EnumSet.noneOf(MeasureStatus.class);
        };
    }

    public boolean canMoveTo(MeasureStatus target) {
        return next().contains(target);
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
        return new SqlCondition(column + " in (:finished)",
                Map.of("finished", FINISHED.stream().map(Enum::name).toList()));
    }

    /** The finished statuses as a page names them: 已完成和已销号. */
    public static String finishedLabels() {
        List<String> labels = FINISHED.stream().map(MeasureStatus::label).toList();
        return String.join("和", labels);
    }
}
