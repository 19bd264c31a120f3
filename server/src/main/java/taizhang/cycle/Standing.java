package taizhang.cycle;

import java.time.LocalDate;
import taizhang.progress.ReportStatus;

/**
 * Where a unit stands on one required measure of a cycle: what the office's status view shows
 * and what reminders aim at. A submitted or accepted report settles the obligation; a returned one
 * does not until it is submitted again.
 */
public enum Standing {
    /** Submitted or accepted. */
    SUBMITTED("已报送"),
    /** Sent back by the office and not yet submitted again. */
    RETURNED("退回未重报"),
    /** Past the due date with nothing submitted. */
    LATE("逾期未报"),
    /** Not yet submitted, still within the due date. */
    PENDING("待报送");

    private final String label;

    Standing(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True while the unit still owes the report. */
    public boolean owes() {
        return this != SUBMITTED;
    }

    /** The standing of a unit whose report for the period is {@code report} (null: none filed yet). */
    static Standing of(ReportStatus report, ReportingCycle cycle, LocalDate today) {
        if (report == ReportStatus.SUBMITTED || report == ReportStatus.ACCEPTED) {
            return SUBMITTED;
        }
        if (report == ReportStatus.RETURNED) {
            return RETURNED;
        }
        return cycle.isPastDue(today) ? LATE : PENDING;
    }
}
