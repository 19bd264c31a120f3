package taizhang.report;

import java.time.LocalDate;
import java.util.List;
import taizhang.ledger.ImportedMeasure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;

/**
 * A validated row of an uploaded ledger sheet, ready to be written: with a {@code key}, an edit of
 * the measure the sheet was exported with; without, a new measure. A null type or status is a
 * blank cell: a new measure takes the defaults, an existing one keeps its own; so does an empty
 * {@code body} (措施正文): a new measure has no text of its own, an existing one keeps its text.
 */
record ImportLine(
        int row,
        SheetKey key,
        Integer problemNumber,
        String problemTitle,
        String title,
        String body,
        Long leadOrgId,
        List<Long> coUnitIds,
        String leader,
        LocalDate deadline,
        MeasureType type,
        String progress,
        MeasureStatus status) {

    ImportLine {
        coUnitIds = List.copyOf(coUnitIds);
    }

    /**
     * The ledger's part of a new line: the measure, its problem and its assignment, created in
     * the status the line states unless its progress text will bring it there as an accepted report.
     */
    ImportedMeasure measure() {
        return new ImportedMeasure(
                "Excel 第" + row + "行",
                problemNumber,
                problemTitle,
                title,
                // The wording stands for a text the cell leaves empty or only repeats.
                body.isEmpty() || SheetShown.same(body, title) ? null : body,
                new MeasureService.Assignment(leadOrgId, coUnitIds, leader, deadline, type),
                progress.isEmpty() ? claimed() : MeasureStatus.NOT_STARTED);
    }

    /** The status a new line gives its measure. */
    MeasureStatus claimed() {
        return status == null ? MeasureStatus.NOT_STARTED : status;
    }
}
