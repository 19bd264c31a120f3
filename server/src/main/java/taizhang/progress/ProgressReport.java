package taizhang.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import taizhang.ledger.MeasureStatus;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.RuleViolationException;

/**
 * 进展填报: what a unit reports for a measure in one period — text, the status it claims, and
 * figures for the measure's indicators — and how the office judged it. A report belongs to the
 * unit that filed it: only that unit's users write or submit it, others read it at most. The
 * office's own writing on a measure is a note ({@code officeNote}): it is kept with the reports but
 * never goes to review, so it never stands for a unit's word.
 *
 * @param authorId who last wrote the text: the person whose words it now holds
 * @param officeNote written by the office that keeps the campaign, from above the measure's units
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
        boolean officeNote,
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

    /** Sends the unit's report to the office; a note of the office's own has no review to go to. */
    public ProgressReport submit(CurrentUser by, Instant at) {
        requireUnit(by, "提交");
        if (officeNote) {
            throw new RuleViolationException("整改办填写的是工作记录，不是责任单位的进展报告，不提交审核；" + "由整改办认定完成请用措施页的“记录完成情况”");
        }
        if (status != ReportStatus.DRAFT && status != ReportStatus.RETURNED) {
            throw new RuleViolationException("只有草稿或被退回的报告可以提交，当前状态：" + status);
        }
        return with(ReportStatus.SUBMITTED, returnReason, at, reviewerId, reviewedAt);
    }

    /**
     * Accepts the report. Separation of duties: whoever wrote or submitted it ({@code writers}, by
     * user name) cannot also accept it.
     */
    public ProgressReport accept(CurrentUser reviewer, Set<String> writers, Instant at) {
        if (writers.contains(reviewer.username())) {
            throw new RuleViolationException("填写或提交这份报告的人不能审核通过它（职责分离），请由整改办的其他人员审核");
        }
        requireSubmitted();
        return with(ReportStatus.ACCEPTED, null, submittedAt, reviewer.id(), at);
    }

    /**
     * A progress text the office imports from a document it has read (an accepted report's text,
     * a sheet's 进展情况 column): recorded as read and accepted in one step, by the importing office.
     */
    public ProgressReport importedBy(long office, Instant at) {
        if (status != ReportStatus.DRAFT) {
            throw new RuleViolationException("只能导入新的进展，当前状态：" + status);
        }
        return with(ReportStatus.ACCEPTED, null, at, office, at);
    }

    public ProgressReport returnWith(String reason, long reviewer, Instant at) {
        requireSubmitted();
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("退回必须写明理由");
        }
        return with(ReportStatus.RETURNED, reason.strip(), submittedAt, reviewer, at);
    }

    /** Editing is the unit's, and only before the office has the report; the editor becomes its author. */
    public ProgressReport edit(CurrentUser by, String newBody, MeasureStatus newClaim, List<Figure> newFigures) {
        requireUnit(by, "修改");
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
                by.id(),
                officeNote,
                submittedAt,
                reviewerId,
                reviewedAt,
                version,
                newFigures);
    }

    /** A report is its unit's: a co-unit, a unit above or the office reads it but does not write it. */
    private void requireUnit(CurrentUser by, String act) {
        if (by.organisationId() != organisationId) {
            throw new ForbiddenException("这份进展报告属于另一单位，只有填报单位可以" + act + "；其他单位只能查看");
        }
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
                officeNote,
                submitted,
                reviewer,
                reviewed,
                version,
                figures);
    }

    /** The same report as stored: its id and version. */
    ProgressReport stored(long newId, int newVersion) {
        return new ProgressReport(
                newId,
                measureId,
                organisationId,
                period,
                body,
                claimedStatus,
                status,
                returnReason,
                authorId,
                officeNote,
                submittedAt,
                reviewerId,
                reviewedAt,
                newVersion,
                figures);
    }

    /** The same report with its figures, as read apart from it. */
    ProgressReport withFigures(List<Figure> read) {
        return new ProgressReport(
                id,
                measureId,
                organisationId,
                period,
                body,
                claimedStatus,
                status,
                returnReason,
                authorId,
                officeNote,
                submittedAt,
                reviewerId,
                reviewedAt,
                version,
                read);
    }
}
