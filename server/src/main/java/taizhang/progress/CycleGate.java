package taizhang.progress;

import java.util.Collection;
import java.util.Set;
import taizhang.ledger.Measure;

/**
 * What the campaign's reporting cycles (调度周期) say about a measure's reports for a period. The
 * cycle feature answers; the rule it feeds stays in {@link ReportPeriods}, and the cycle feature may
 * read reports without progress depending back on it.
 */
public interface CycleGate {

    /** Whether a cycle of the measure's campaign for the period opens it to reports or has locked them. */
    Stance stance(Measure measure, String period);

    /**
     * The same answer for a write: the period's cycle stays as it is until the caller's transaction
     * ends, so a report being written and the office closing the cycle happen one after the other
     * and no report changes after the close.
     */
    Stance stanceForWriting(Measure measure, String period);

    /**
     * For an import, many measures at a time: those among these (all of one campaign) whose
     * reports for the period a closed cycle has locked, the cycle held as {@link #stanceForWriting}
     * holds it.
     */
    Set<Long> lockedForWriting(long campaignId, String period, Collection<Long> measureIds);

    /**
     * Reports of these measures for the period were written or changed status: an open cycle of the
     * period weighs the measures again in its list of who owes, in the caller's transaction.
     */
    void reportsChanged(String period, Collection<Long> measureIds);

    /** The cycles' word on one measure and period. */
    enum Stance {
        /** No cycle of this period requires or covered the measure: the calendar rules alone apply. */
        NONE,
        /** An open cycle requires the measure: its units may file for the period even after it has ended. */
        OPEN,
        /** A closed cycle covered the measure: its reports for the period are locked. */
        CLOSED
    }
}
