package taizhang.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.ledger.LedgerImport;
import taizhang.ledger.LedgerImportSession;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureStatus;
import taizhang.org.OrgService;
import taizhang.progress.ImportedReports;
import taizhang.shared.CurrentUser;

/**
 * 台账导入: an Excel ledger into a campaign. The sheet is read twice from disk: first every row
 * is checked and only the errors are kept; if there are none, it is read again and written in
 * chunks of {@value #CHUNK} lines by the ledger's and progress's batch writers, which apply the
 * rules and audit events of their one-by-one services, all in one transaction: all rows are
 * written or none. Memory holds one chunk at a time, never the sheet.
 */
@Service
public class SheetImport {

    static final int MAX_ERRORS = 10_000;
    static final int CHUNK = 1000;

    private final ReportAccess access;
    private final LedgerImport ledger;
    private final ImportedReports reports;
    private final OrgService organisations;
    private final Clock clock;

    SheetImport(ReportAccess access, LedgerImport ledger, ImportedReports reports, OrgService organisations,
            Clock clock) {
        this.access = access;
        this.ledger = ledger;
        this.reports = reports;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Transactional
    public SheetImportResult importSheet(CurrentUser user, long campaignId, Path file) {
        access.editable(user, campaignId);
        Map<String, Long> units = new HashMap<>();
        organisations.visibleTo(user).forEach(o -> units.put(o.name().replaceAll("\\s", ""), o.id()));
        List<CellError> errors = new ArrayList<>();
        long[] lines = {0};
        long errorCount = lines(file, units, errors, line -> lines[0]++);
        if (errorCount > 0) {
            return new SheetImportResult((int) lines[0], 0, 0, errors, errorCount);
        }
        if (lines[0] == 0) {
            throw new SheetRejectedException("表格中没有数据行");
        }
        Writer writer = new Writer(user, ledger.start(user, campaignId));
        lines(file, units, new ArrayList<>(), writer::add);
        writer.flush();
        return new SheetImportResult((int) lines[0], writer.session.newProblems(), writer.newMeasures, List.of(), 0);
    }

    /** Reads the sheet, passing each good line on; returns how many cells were bad. */
    private static long lines(Path file, Map<String, Long> units, List<CellError> errors, Consumer<ImportLine> sink) {
        var state = new Object() {
            SheetValidation validation;
            long errorCount;
        };
        SheetReader.read(file, row -> {
            if (state.validation == null) {
                if (row.number() > SheetLayout.HEADER_SEARCH_ROWS) {
                    throw new SheetRejectedException("前 " + SheetLayout.HEADER_SEARCH_ROWS + " 行中没有找到表头：表头须包含“问题”和“整改措施”两列");
                }
                SheetLayout.of(row).ifPresent(layout -> state.validation = new SheetValidation(layout, units, errors));
                return;
            }
            int before = errors.size();
            Optional<ImportLine> line = state.validation.check(row);
            state.errorCount += errors.size() - before;
            if (errors.size() > MAX_ERRORS) {
                errors.subList(MAX_ERRORS, errors.size()).clear();
            }
            line.ifPresent(sink);
        });
        if (state.validation == null) {
            throw new SheetRejectedException("没有找到表头：表头须包含“问题”和“整改措施”两列");
        }
        return state.errorCount;
    }

    /**
     * Writes lines in sheet order, a chunk at a time: the measures (and their problems the first
     * time a line names them); then the progress text as accepted reports, which also set the
     * status; or, without text, the status alone.
     */
    private final class Writer {
        private final CurrentUser user;
        private final LedgerImportSession session;
        private final String period = YearMonth.now(clock).toString();
        private final List<ImportLine> chunk = new ArrayList<>(CHUNK);
        int newMeasures;

        Writer(CurrentUser user, LedgerImportSession session) {
            this.user = user;
            this.session = session;
        }

        void add(ImportLine line) {
            chunk.add(line);
            if (chunk.size() == CHUNK) {
                flush();
            }
        }

        void flush() {
            if (chunk.isEmpty()) {
                return;
            }
            List<Measure> created = session.create(chunk.stream().map(ImportLine::measure).toList());
            List<ImportedReports.Imported> reported = new ArrayList<>();
            List<LedgerImport.StatusChange> moved = new ArrayList<>();
            for (int i = 0; i < created.size(); i++) {
                ImportLine line = chunk.get(i);
                if (!line.progress().isEmpty()) {
                    reported.add(new ImportedReports.Imported(created.get(i), line.progress(), line.status()));
                } else if (line.status() != MeasureStatus.NOT_STARTED) {
                    moved.add(new LedgerImport.StatusChange(created.get(i), line.status()));
                }
            }
            reports.record(user, period, reported);
            ledger.changeStatusOfNew(user, moved);
            newMeasures += created.size();
            chunk.clear();
        }
    }
}
