package taizhang.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import taizhang.ledger.LedgerImport;
import taizhang.org.OrgService;
import taizhang.progress.ImportedReports;
import taizhang.shared.CurrentUser;

/**
 * 台账导入: an Excel ledger into a campaign. Rows keyed by the campaign's own export
 * ({@link SheetKey}) update their measures in place; rows without a key are new measures; the
 * campaign's measures the sheet leaves out stay as they are. The sheet is read once, as a
 * stream: each chunk of {@value #CHUNK} lines is checked (keyed ones against the ledger) and
 * written by the ledger's and progress's batch writers, which apply the rules and audit events of
 * their one-by-one services, all in one transaction. From the first bad cell on, the rest is only
 * checked, so that every error is named, and the transaction is rolled back: all rows are
 * written or none. Memory holds one chunk at a time and the ids of the keyed measures, never the
 * sheet.
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
        SheetWriter writer = new SheetWriter(
                user,
                ledger.start(user, campaignId),
                reports,
                YearMonth.now(clock).toString());
        SheetPass pass = pass(user, target, errors);
        pass.read(file, chunk -> {
            // After the first bad cell the rest is only checked: the transaction is rolled back.
            if (errors.count() == 0) {
                writer.write(chunk);
            }
        });
        if (errors.count() > 0) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return SheetImportResult.refused(pass.lines(), errors);
        }
        if (pass.lines() == 0) {
            throw new SheetRejectedException("表格中没有数据行");
        }
        // A sheet without keys only adds measures: the whole campaign "not in it" would say nothing.
        NotInSheet missing = pass.keyed().isEmpty()
                ? NotInSheet.NONE
                : NotInSheet.of(reads, campaignId, id -> pass.keyed().contains(id) || writer.added(id));
        return writer.result(pass.lines(), missing);
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

    private Map<Long, ReportRepository.Progress> latestProgress(Collection<Long> ids) {
        return reads.latestAccepted(List.copyOf(ids), null);
    }
}
