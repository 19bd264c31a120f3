package taizhang.ledger;

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

    /** Finished for the purpose of warnings and completion rates. */
    public boolean isFinished() {
        return this == DONE || this == CLOSED;
    }
}
