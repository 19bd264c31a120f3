package taizhang.report;

import java.time.LocalDate;
import java.util.List;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;

/** A validated row of an uploaded ledger sheet, ready to be written through the ledger's services. */
record ImportLine(int row, Integer problemNumber, String problemTitle, String title, Long leadOrgId,
        List<Long> coUnitIds, String leader, LocalDate deadline, MeasureType type, String progress,
        MeasureStatus status) {

    ImportLine {
        coUnitIds = List.copyOf(coUnitIds);
    }
}
