package taizhang.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import taizhang.cycle.AsOfCycle;
import taizhang.cycle.CycleSnapshots;
import taizhang.ledger.MeasureStatus;
import taizhang.report.ReportRepository.ProblemKey;
import taizhang.report.ReportRepository.StatusCount;

/**
 * The ledger as a closed cycle's snapshot holds it (季通报, statistics as of a cycle): the
 * problems, measures, statuses and latest accepted reports at the close. Accepted reports are
 * never changed afterwards, so their text is read by the id the snapshot kept; the official text
 * of each measure is the ledger's.
 *
 * @param subtree null for the whole campaign, else the reader's subtree
 */
record CycleLedger(CycleSnapshots snapshots, ReportRepository reports, AsOfCycle asOf, String subtree)
        implements LedgerSource {

    @Override
    public List<StatusCount> countsByProblem() {
        return counts(snapshots.countsByProblem(asOf, subtree));
    }

    @Override
    public List<StatusCount> countsByLead() {
        return counts(snapshots.countsByLead(asOf, subtree));
    }

    @Override
    public long reopened() {
        return snapshots.reopened(asOf, subtree);
    }

    @Override
    public List<ProblemKey> problemsAfter(int number, long id, int limit) {
        return snapshots.problemsAfter(asOf, subtree, number, id, limit).stream()
                .map(p -> new ProblemKey(p.id(), p.number(), p.title(), p.sectionId()))
                .toList();
    }

    @Override
    public List<SourceMeasure> measuresOf(List<Long> problemIds) {
        List<CycleSnapshots.Measure> measures = snapshots.measuresOf(asOf, subtree, problemIds);
        Map<Long, ReportRepository.Progress> reportsById = reports.accepted(measures.stream()
                .map(CycleSnapshots.Measure::reportId)
                .filter(Objects::nonNull)
                .toList());
        Map<Long, String> official = reports.officialTexts(
                measures.stream().map(CycleSnapshots.Measure::id).toList());
        return measures.stream()
                .map(m -> new SourceMeasure(
                        m.id(),
                        m.problemId(),
                        m.title(),
                        official.get(m.id()),
                        MeasureStatus.valueOf(m.status()),
                        m.reportId() == null ? null : reportsById.get(m.reportId())))
                .toList();
    }

    private static List<StatusCount> counts(List<CycleSnapshots.Count> counts) {
        return counts.stream()
                .map(c -> new StatusCount(c.key(), c.status(), c.count()))
                .toList();
    }
}
