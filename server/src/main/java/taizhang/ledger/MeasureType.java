package taizhang.ledger;

/** How a measure is to be carried out. */
public enum MeasureType {
    /** 立行立改: fix at once. */
    IMMEDIATE("立行立改"),
    /** 限期整改: by a deadline. */
    DEADLINE("限期整改"),
    /** 长期坚持: continuing, no end date. */
    CONTINUING("长期坚持");

    private final String label;

    MeasureType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
