package taizhang.report;

import java.time.LocalDate;
import taizhang.shared.CurrentUser;

/** The changes a page request asks for: between two dates, two cycles, or none. */
record ChangeRequest(LocalDate from, LocalDate to, String fromCycle, String toCycle) {

    static final ChangeRequest NONE = new ChangeRequest(null, null, null, null);

    boolean byCycles() {
        return fromCycle != null || toCycle != null;
    }

    boolean byDates() {
        return from != null || to != null;
    }

    LedgerChanges run(ChangeService changes, CurrentUser user, long campaignId) {
        if (byCycles()) {
            return changes.betweenCycles(user, campaignId, fromCycle, toCycle);
        }
        return byDates() ? changes.between(user, campaignId, from, to) : null;
    }
}
