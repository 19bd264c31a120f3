package taizhang.report;

import java.util.List;
import taizhang.ledger.MeasureStatus;
import taizhang.report.ReportRepository.ProblemKey;
import taizhang.report.ReportRepository.Progress;
import taizhang.report.ReportRepository.StatusCount;

/**
 * Where the notice and the statistics read the ledger: as it stands (or stood at the end of a day,
 * {@link LiveLedger}), or as a closed cycle's snapshot holds it ({@link CycleLedger}, 季通报). One
 * generator of each report, whatever the source.
 */
interface LedgerSource {

    List<StatusCount> countsByProblem();

    /** By lead unit; measures without one under key 0. */
    List<StatusCount> countsByLead();

    /** How many measures had been reopened after 销号 at least once. */
    long reopened();

    /** The next problems after ({@code number}, {@code id}) in ledger order. */
    List<ProblemKey> problemsAfter(int number, long id, int limit);

    /** The measures of these problems within the reader's scope, by problem and ordinal. */
    List<SourceMeasure> measuresOf(List<Long> problemIds);

    /**
     * A measure as the source has it: its official text, its status then and the latest progress
     * accepted by then (or null).
     */
    record SourceMeasure(
            long id, long problemId, String title, String official, MeasureStatus status, Progress progress) {}
}
