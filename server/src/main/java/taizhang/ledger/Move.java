package taizhang.ledger;

/** The moves of a measure's status, in the words of a 整改办; {@link Measure} says when each is allowed. */
public enum Move {
    START("开始整改"),
    REPORT_DONE("报告完成"),
    RETURN("退回"),
    CLOSE("销号"),
    REOPEN("重新打开");

    private final String label;

    Move(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
