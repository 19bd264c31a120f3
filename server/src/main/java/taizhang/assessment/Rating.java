package taizhang.assessment;

/** 考核等次: the rating a score earns by the campaign's thresholds. */
public enum Rating {
    GOOD("好"),
    FAIRLY_GOOD("较好"),
    FAIR("一般"),
    POOR("差");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 一般 and 差 are fed back to the unit one to one (一对一反馈). */
    public boolean needsFeedback() {
        return this == FAIR || this == POOR;
    }
}
