package taizhang.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the ledger page: a measure with the names the table shows; {@code textDefects} when
 * its text still has an open defect from its import (文字疑点).
 */
public record LedgerRow(
        Measure measure, int problemNumber, String lead, List<String> coUnits, boolean overdue, boolean textDefects) {

    /** The measure's number in the ledger, problem and ordinal: 3-2. */
    public String code() {
        return problemNumber + "-" + measure.ordinal();
    }

    public LocalDate deadline() {
        return measure.deadline();
    }
}
