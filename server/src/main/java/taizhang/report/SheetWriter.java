package taizhang.report;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import taizhang.ledger.LedgerImportSession;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureEdit;
import taizhang.progress.ImportedReports;
import taizhang.shared.CurrentUser;

/**
 * Writes resolved lines a chunk at a time, in sheet order: the new measures (and their problems
 * the first time a line names them), the edits of keyed ones, then the progress texts as
 * accepted reports. A new measure takes the status its line claims, by its report or without
 * one; a keyed measure's report claims the status it has, so the sheet never moves it.
 */
final class SheetWriter {

    private final CurrentUser user;
    private final LedgerImportSession session;
    private final ImportedReports reports;
    private final String period;
    private int added;
    private int updated;
    private int changedFields;
    private int progressReports;
    private int unchanged;
    /** The measures this import added, by id from the first: ids are handed out in order, so the set stays small. */
    private final BitSet addedIds = new BitSet();

    private long firstAdded = -1;

    SheetWriter(CurrentUser user, LedgerImportSession session, ImportedReports reports, String period) {
        this.user = user;
        this.session = session;
        this.reports = reports;
        this.period = period;
    }

    void write(List<KeyedLines.Resolved> chunk) {
        List<KeyedLines.Resolved> fresh =
                chunk.stream().filter(KeyedLines.Resolved::fresh).toList();
        List<Measure> created =
                session.create(fresh.stream().map(r -> r.line().measure()).toList());
        List<MeasureEdit> edits = chunk.stream()
                .filter(r -> r.edit() != null)
                .map(KeyedLines.Resolved::edit)
                .toList();
        Map<Long, Measure> edited = new HashMap<>();
        session.update(edits).forEach(m -> edited.put(m.id(), m));
        List<ImportedReports.Imported> reported = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            ImportLine line = fresh.get(i).line();
            if (fresh.get(i).progress() != null) {
                reported.add(new ImportedReports.Imported(created.get(i), line.progress(), line.claimed()));
            }
        }
        for (KeyedLines.Resolved r : chunk) {
            if (r.fresh()) {
                continue;
            }
            Measure now = edited.getOrDefault(r.measure().id(), r.measure());
            if (r.progress() != null) {
                reported.add(new ImportedReports.Imported(now, r.progress(), now.status()));
            }
            boolean changed = r.edit() != null || r.progress() != null;
            updated += changed ? 1 : 0;
            unchanged += changed ? 0 : 1;
            changedFields += r.changedFields();
            progressReports += r.progress() != null ? 1 : 0;
        }
        reports.record(user, period, reported);
        added += created.size();
        for (Measure m : created) {
            if (firstAdded < 0) {
                firstAdded = m.id();
            }
            addedIds.set(Math.toIntExact(m.id() - firstAdded));
        }
    }

    /** Whether this import added the measure (and so the sheet cannot have left it out). */
    boolean added(long measureId) {
        return firstAdded >= 0 && measureId >= firstAdded && addedIds.get(Math.toIntExact(measureId - firstAdded));
    }

    /** The import's result; the units it gave measures to are told once it commits. */
    SheetImportResult result(int lines, NotInSheet missing) {
        session.finish();
        return new SheetImportResult(
                lines,
                session.newProblems(),
                added,
                updated,
                changedFields,
                progressReports,
                unchanged,
                missing.count(),
                missing.codes(),
                List.of(),
                0);
    }
}
