package taizhang.report;

import java.time.LocalDate;
import java.util.List;
import taizhang.ledger.ImportedMeasure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;

/** A validated row of an uploaded ledger sheet, ready to be written. */
record ImportLine(int row, Integer problemNumber, String problemTitle, String title, Long leadOrgId,
        List<Long> coUnitIds, String leader, LocalDate deadline, MeasureType type, String progress,
        MeasureStatus status) {

    ImportLine {
        coUnitIds = List.copyOf(coUnitIds);
    }

    /** The ledger's part of the line: the measure, its problem and its assignment. */
    ImportedMeasure measure() {
        return new ImportedMeasure("Excel 第" + row + "行", problemNumber, problemTitle, title,
                new MeasureService.Assignment(leadOrgId, coUnitIds, leader, deadline, type));
    }
}
