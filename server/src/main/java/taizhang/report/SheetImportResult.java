package taizhang.report;

import java.util.List;

/**
 * What an uploaded sheet did: with no errors, the problems and measures written; with errors,
 * nothing written and the bad cells (the first {@link SheetImport#MAX_ERRORS} of {@code errorCount}).
 */
public record SheetImportResult(int lines, int newProblems, int newMeasures, List<CellError> errors, long errorCount) {

    public SheetImportResult {
        errors = List.copyOf(errors);
    }

    public boolean written() {
        return errorCount == 0;
    }
}
