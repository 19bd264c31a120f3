package taizhang.assessment;

import java.math.BigDecimal;

/**
 * One rule of the assessment. A rate rule gives its weight times the share achieved (按时报送率
 * 88.89% of 30 gives 26.67); a count rule starts from its weight and deducts a number of points per
 * occurrence, never below zero (two returned reports at 2 points each leave 6 of 10). The defaults
 * add up to 100.
 */
public enum Rule {
    /**
     * The lead unit's reports submitted (or accepted) by the close of each of the year's closed
     * cycles, over those it owed: the cycle's close is when the office takes stock of who is late.
     */
    ON_TIME_REPORTS("按时报送率", Kind.RATE, 30, 0),
    /** The lead unit's measures whose deadline fell due in the year up to today, finished ones over all. */
    COMPLETION("按期完成率", Kind.RATE, 30, 0),
    /** The unit's reports for the year's periods that the office returned and has not accepted since. */
    RETURNED_REPORTS("报告退回", Kind.COUNT, 10, 2),
    /** Extensions the unit asked for in the year, whatever the decision. */
    EXTENSIONS("申请延期", Kind.COUNT, 5, 1),
    /** Problems supervisors found at the unit in the year (fed by an {@link AssessmentSource}). */
    SUPERVISION_FINDINGS("督导发现问题", Kind.COUNT, 10, 2),
    /** The lead unit's measures overdue and red (today, or at the year's end for a past year). */
    OVERDUE_RED("逾期红色预警", Kind.COUNT, 10, 2),
    /** Accountability actions against the unit in the year (fed by an {@link AssessmentSource}). */
    ACCOUNTABILITY("责任追究", Kind.COUNT, 5, 5);

    /** How a rule turns its raw value into points. */
    public enum Kind {
        RATE,
        COUNT
    }

    private final String label;
    private final Kind kind;
    private final BigDecimal defaultWeight;
    private final BigDecimal defaultDeduction;

    Rule(String label, Kind kind, int defaultWeight, int defaultDeduction) {
        this.label = label;
        this.kind = kind;
        this.defaultWeight = BigDecimal.valueOf(defaultWeight).setScale(2);
        this.defaultDeduction = BigDecimal.valueOf(defaultDeduction).setScale(2);
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isRate() {
        return kind == Kind.RATE;
    }

    BigDecimal defaultWeight() {
        return defaultWeight;
    }

    BigDecimal defaultDeduction() {
        return defaultDeduction;
    }

    /** The rule a stored or sent name gives, or empty. */
    static java.util.Optional<Rule> named(String name) {
        for (Rule rule : values()) {
            if (rule.name().equals(name)) {
                return java.util.Optional.of(rule);
            }
        }
        return java.util.Optional.empty();
    }
}
