package taizhang.workbench;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.evidence.EvidenceService;
import taizhang.ledger.MeasureStatus;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.RequestValues;

/**
 * A unit's progress form in one step: write or edit the period's report, attach a file to it,
 * and submit it if asked — in one transaction, so a rejected file leaves no half-saved report.
 */
@Service
class ReportingDesk {

    private static final int MAX_WHOLE_DIGITS = 18;

    private final ProgressService reports;
    private final EvidenceService evidence;

    ReportingDesk(ProgressService reports, EvidenceService evidence) {
        this.reports = reports;
        this.evidence = evidence;
    }

    /** What the form sends; {@code reportId} is null for the period's first report. */
    record Entry(
            long measureId,
            String period,
            Long reportId,
            Integer version,
            String body,
            MeasureStatus claimed,
            List<ProgressReport.Figure> figures,
            EvidenceService.Upload file,
            boolean submit) {}

    @Transactional
    ProgressReport save(CurrentUser user, Entry entry) {
        if (entry.body() == null || entry.body().isBlank()) {
            throw new InvalidRequestException("body", "请填写本期进展情况");
        }
        if (entry.reportId() != null && entry.version() == null) {
            throw RequestValues.missing("version");
        }
        ProgressReport report = entry.reportId() == null
                ? reports.create(
                        user, entry.measureId(), entry.period(), entry.body(), entry.claimed(), entry.figures(), false)
                : reports.edit(user, entry.reportId(), entry.version(), entry.body(), entry.claimed(), entry.figures());
        if (entry.file() != null && !entry.file().isEmpty()) {
            evidence.upload(user, entry.measureId(), report.id(), entry.file());
        }
        return entry.submit() ? reports.submit(user, report.id(), report.version()) : report;
    }

    /** A figure as typed; the ledger keeps up to 18 digits before the point (numeric(24, 6)). */
    static ProgressReport.Figure figure(long indicatorId, String value) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw RequestValues.mismatch("figure", value, BigDecimal.class);
        }
        if (amount.precision() - amount.scale() > MAX_WHOLE_DIGITS) {
            throw RequestValues.outOfRange("figure", value);
        }
        return new ProgressReport.Figure(indicatorId, amount);
    }
}
