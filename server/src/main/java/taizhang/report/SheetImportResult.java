package taizhang.report;

import java.util.List;

/**
 * What an uploaded sheet did. With no errors: the problems and measures added; the measures
 * its keyed rows updated, with how many fields they changed and how many got a new progress
 * report; those it left unchanged; and, when it has keys, the campaign's measures it did not
 * hold, which stay as they are (a row deleted from the sheet deletes nothing), with the 编号 of
 * the first few. With
 * errors: nothing written, and the bad cells (the first {@value SheetErrors#KEPT} of
 * {@code errorCount}).
 */
public record SheetImportResult(
        int lines,
        int newProblems,
        int newMeasures,
        int updatedMeasures,
        int changedFields,
        int progressReports,
        int unchangedMeasures,
        long notInSheet,
        List<String> notInSheetCodes,
        List<CellError> errors,
        long errorCount) {

    public SheetImportResult {
        notInSheetCodes = List.copyOf(notInSheetCodes);
        errors = List.copyOf(errors);
    }

    static SheetImportResult refused(int lines, SheetErrors errors) {
        return new SheetImportResult(lines, 0, 0, 0, 0, 0, 0, 0, List.of(), errors.list(), errors.count());
    }

    public boolean written() {
        return errorCount == 0;
    }
}
