package taizhang.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.ledger.LedgerImport;
import taizhang.org.OrgService;
import taizhang.progress.ImportedReports;
import taizhang.shared.CurrentUser;

/**
 * 台账导入: an Excel ledger into a campaign. Rows keyed by the campaign's own export
 * ({@link SheetKey}) update their measures in place; rows without a key are new measures; the
 * campaign's measures the sheet leaves out stay as they are. The sheet is read twice from disk:
 * first every row is checked, keyed ones against the ledger a chunk at a time, and only the
 * errors are kept; if there are none, it is read again and written in chunks of {@value #CHUNK}
 * lines by the ledger's and progress's batch writers, which apply the rules and audit events of
 * their one-by-one services, all in one transaction: all rows are written or none. Memory holds
 * one chunk at a time and the ids of the keyed measures, never the sheet.
 */
@Service
public class SheetImport {

    static final int CHUNK = 1000;

    private final ReportAccess access;
    private final LedgerImport ledger;
    private final ImportedReports reports;
    private final ReportRepository reads;
    private final OrgService organisations;
    private final Clock clock;

    SheetImport(
            ReportAccess access,
            LedgerImport ledger,
            ImportedReports reports,
            ReportRepository reads,
            OrgService organisations,
            Clock clock) {
        this.access = access;
        this.ledger = ledger;
        this.reports = reports;
        this.reads = reads;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Transactional
    public SheetImportResult importSheet(CurrentUser user, long campaignId, Path file) {
        access.editable(user, campaignId);
        SheetTarget target = SheetTarget.of(campaignId, organisations.all(), organisations.visibleTo(user));
        SheetErrors errors = new SheetErrors();
        SheetPass check = pass(user, target, errors);
        check.read(file, resolved -> {});
        if (errors.count() > 0) {
            return SheetImportResult.refused(check.lines(), errors);
        }
        if (check.lines() == 0) {
            throw new SheetRejectedException("表格中没有数据行");
        }
        // A sheet without keys only adds measures: the whole campaign "not in it" would say nothing.
        NotInSheet missing =
                check.keyed().isEmpty() ? NotInSheet.NONE : NotInSheet.of(reads, campaignId, check.keyed());
        SheetWriter writer = new SheetWriter(
                user,
                ledger.start(user, campaignId),
                reports,
                YearMonth.now(clock).toString());
        SheetErrors late = new SheetErrors();
        pass(user, target, late).read(file, chunk -> {
            if (late.count() > 0) {
                CellError first = late.list().get(0);
                throw new SheetRejectedException(
                        "导入过程中台账被他人修改（" + first.cell() + "：" + first.message() + "），未导入任何数据，请重新导入");
            }
            writer.write(chunk);
        });
        return writer.result(check.lines(), missing);
    }

    private SheetPass pass(CurrentUser user, SheetTarget target, SheetErrors errors) {
        return new SheetPass(
                target,
                layout -> new KeyedLines(
                        layout,
                        target,
                        ids -> ledger.measuresOf(user, target.campaignId(), ids),
                        this::latestProgress,
                        errors),
                errors);
    }

    private Map<Long, String> latestProgress(Collection<Long> ids) {
        Map<Long, String> bodies = new HashMap<>();
        reads.latestAccepted(List.copyOf(ids), null).forEach((id, p) -> bodies.put(id, p.body()));
        return bodies;
    }
}
