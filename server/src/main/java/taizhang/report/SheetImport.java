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
import taizhang.ledger.CampaignService;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.Problem;
import taizhang.org.OrgService;
import taizhang.progress.ProgressService;
import taizhang.shared.CurrentUser;

/**
 * 台账导入: an Excel ledger into a campaign. The sheet is read twice from disk: first every row
 * is checked and only the errors are kept; if there are none, it is read again and written
 * through the ledger's services (so every rule and audit event applies) in one transaction —
 * all rows are written or none. Memory holds one row at a time, never the sheet.
 */
@Service
public class SheetImport {

    static final int MAX_ERRORS = 10_000;

    private final ReportAccess access;
    private final CampaignService campaigns;
    private final MeasureService measures;
    private final ProgressService progress;
    private final OrgService organisations;
    private final Clock clock;

    SheetImport(ReportAccess access, CampaignService campaigns, MeasureService measures, ProgressService progress,
            OrgService organisations, Clock clock) {
        this.access = access;
        this.campaigns = campaigns;
        this.measures = measures;
        this.progress = progress;
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
            return new SheetImportResult((int) lines[0], 0, 0, errors.subList(0, Math.min(errors.size(), MAX_ERRORS)),
                    errorCount);
        }
        if (lines[0] == 0) {
            throw new SheetRejectedException("表格中没有数据行");
        }
        Writer writer = new Writer(user, campaignId);
        lines(file, units, new ArrayList<>(), writer::write);
        return new SheetImportResult((int) lines[0], writer.newProblems, writer.newMeasures, List.of(), 0);
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

    /** Writes lines in sheet order, creating each problem the first time a line names it. */
    private final class Writer {
        private final CurrentUser user;
        private final long campaignId;
        private final Map<String, Long> problems = new HashMap<>();
        private final String period = YearMonth.now(clock).toString();
        private int nextNumber;
        int newProblems;
        int newMeasures;

        Writer(CurrentUser user, long campaignId) {
            this.user = user;
            this.campaignId = campaignId;
            for (Problem p : campaigns.problems(user, campaignId)) {
                problems.putIfAbsent(key(p.title()), p.id());
                nextNumber = Math.max(nextNumber, p.number());
            }
        }

        void write(ImportLine line) {
            long problemId = problems.computeIfAbsent(key(line.problemTitle()), k -> {
                int number = line.problemNumber() != null ? line.problemNumber() : nextNumber + 1;
                nextNumber = Math.max(nextNumber, number);
                newProblems++;
                return campaigns.addProblem(user, campaignId, null, number, line.problemTitle(), null,
                        "Excel 第" + line.row() + "行").id();
            });
            Measure measure = measures.create(user, problemId, line.title(), null, new MeasureService.Assignment(
                    line.leadOrgId(), line.coUnitIds(), line.leader(), line.deadline(), line.type()));
            newMeasures++;
            if (!line.progress().isEmpty()) {
                progress.recordImported(user, measure.id(), period, line.progress(), line.status());
            } else if (line.status() != MeasureStatus.NOT_STARTED) {
                measures.changeStatus(user, measure.id(), measure.version(), line.status());
            }
        }

        private static String key(String title) {
            return title.replaceAll("[\\s\\p{P}]", "");
        }
    }
}
