package taizhang.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import taizhang.ledger.MeasureStatus;
import taizhang.shared.RuleViolationException;

/**
 * 进展填报: what a unit reports for a measure in one period — text, the status it claims, and
 * figures for the measure's indicators — and how the office judged it.
 */
public record ProgressReport(
        long id,
        long measureId,
        long organisationId,
        String period,
        String body,
        MeasureStatus claimedStatus,
        ReportStatus status,
        String returnReason,
        long authorId,
        Instant submittedAt,
        Long reviewerId,
        Instant reviewedAt,
        int version,
        List<Figure> figures) {

    /** A value the report gives for one indicator. */
    public record Figure(long indicatorId, BigDecimal value) {}

    public ProgressReport {
        figures = List.copyOf(figures);
    }

    public ProgressReport submit(Instant at) {
        if (status != ReportStatus.DRAFT && status != ReportStatus.RETURNED) {
            throw new RuleViolationException("只有草稿或被退回的报告可以提交，当前状态：" + status);
        }
        return with(ReportStatus.SUBMITTED, returnReason, at, reviewerId, reviewedAt);
    }

    public ProgressReport accept(long reviewer, Instant at) {
        requireSubmitted();
        return with(ReportStatus.ACCEPTED, null, submittedAt, reviewer, at);
    }

    public ProgressReport returnWith(String reason, long reviewer, Instant at) {
        requireSubmitted();
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("退回必须写明理由");
        }
        return with(ReportStatus.RETURNED, reason.strip(), submittedAt, reviewer, at);
    }

    /** Editing is the unit's, and only before the office has the report. */
    public ProgressReport edit(String newBody, MeasureStatus newClaim, List<Figure> newFigures) {
        if (status != ReportStatus.DRAFT && status != ReportStatus.RETURNED) {
            throw new RuleViolationException("已提交或已通过的报告不能再修改");
        }
        return new ProgressReport(
                id,
                measureId,
                organisationId,
                period,
                newBody,
                newClaim,
                status,
                returnReason,
                authorId,
                submittedAt,
                reviewerId,
                reviewedAt,
                version,
                newFigures);
    }

    private void requireSubmitted() {
        if (status != ReportStatus.SUBMITTED) {
            throw new RuleViolationException("只能审核已提交的报告，当前状态：" + status);
        }
    }

    private ProgressReport with(
            ReportStatus newStatus, String reason, Instant submitted, Long reviewer, Instant reviewed) {
        return new ProgressReport(
                id,
                measureId,
                organisationId,
                period,
                body,
                claimedStatus,
                newStatus,
                reason,
                authorId,
                submitted,
                reviewer,
                reviewed,
                version,
                figures);
    }
}
