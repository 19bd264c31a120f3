package taizhang.report;

import java.time.LocalDate;
import java.util.List;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.ledger.WarningLevel;

/**
 * One measure as the Excel ledger shows it: one row of the sheet, with the version it is exported at.
 *
 * @param body the official text as the pages show it ({@link taizhang.ledger.Measure#officialText()})
 */
record LedgerLine(
        long campaignId,
        long measureId,
        int version,
        long problemId,
        int problemNumber,
        String problemTitle,
        int ordinal,
        String title,
        String body,
        String lead,
        List<String> coUnits,
        String leader,
        LocalDate deadline,
        LocalDate originalDeadline,
        MeasureType type,
        String progress,
        MeasureStatus status,
        WarningLevel warning,
        List<String> evidence) {

    LedgerLine {
        coUnits = List.copyOf(coUnits);
        evidence = List.copyOf(evidence);
    }

    /** 编号, such as 3-2. */
    String code() {
        return problemNumber + "-" + ordinal;
    }

    SheetKey key() {
        return new SheetKey(campaignId, measureId, version);
    }
}
