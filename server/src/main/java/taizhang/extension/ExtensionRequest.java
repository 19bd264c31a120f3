package taizhang.extension;

import java.time.Instant;
import java.time.LocalDate;
import taizhang.ledger.Measure;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.RuleViolationException;

/**
 * 申请延期: one unit's request for a later deadline of one measure, and the office's decision.
 *
 * @param deadlineBefore the measure's deadline in force when the unit asked
 * @param decisionReason why the office approved (optional) or refused (required)
 */
public record ExtensionRequest(
        long id,
        long measureId,
        long campaignId,
        long orgId,
        LocalDate deadlineBefore,
        LocalDate requestedDeadline,
        String reason,
        ExtensionStatus status,
        String requestedBy,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionReason,
        int version) {

    /**
     * A unit's request: only for unfinished work with a deadline, to a later day, with a reason,
     * and not while the same unit has one pending for the measure.
     */
    public static ExtensionRequest ask(
            Measure measure,
            long orgId,
            LocalDate requested,
            String reason,
            boolean pendingFromUnit,
            String by,
            Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "请写明申请延期的理由");
        }
        if (requested == null) {
            throw new InvalidRequestException("requestedDeadline", "请填写申请延期至的日期");
        }
        if (measure.status().isFinished()) {
            throw new RuleViolationException("“" + measure.status().label() + "”的措施不能申请延期");
        }
        if (measure.deadline() == null) {
            throw new RuleViolationException("没有整改时限的措施（长期坚持）不能申请延期");
        }
        if (!requested.isAfter(measure.deadline())) {
            throw new InvalidRequestException("requestedDeadline", "申请的时限必须晚于现行时限 " + measure.deadline());
        }
        if (pendingFromUnit) {
            throw new RuleViolationException("本单位对这项措施已有一项待审批的延期申请，请等待整改办决定");
        }
        return new ExtensionRequest(
                0,
                measure.id(),
                measure.campaignId(),
                orgId,
                measure.deadline(),
                requested,
                reason.strip(),
                ExtensionStatus.PENDING,
                by,
                at,
                null,
                null,
                null,
                0);
    }

    /** The office grants the requested deadline; a reason is optional. */
    public ExtensionRequest approve(String by, Instant at, String why) {
        return decided(ExtensionStatus.APPROVED, by, at, why == null || why.isBlank() ? null : why.strip());
    }

    /** The office refuses, always saying why: the unit must know what to do instead. */
    public ExtensionRequest refuse(String by, Instant at, String why) {
        if (why == null || why.isBlank()) {
            throw new InvalidRequestException("reason", "不批准延期必须写明理由");
        }
        return decided(ExtensionStatus.REFUSED, by, at, why.strip());
    }

    public boolean pending() {
        return status == ExtensionStatus.PENDING;
    }

    private ExtensionRequest decided(ExtensionStatus outcome, String by, Instant at, String why) {
        if (!pending()) {
            throw new RuleViolationException("这项延期申请已" + status.label() + "，不能再次决定");
        }
        return new ExtensionRequest(
                id,
                measureId,
                campaignId,
                orgId,
                deadlineBefore,
                requestedDeadline,
                reason,
                outcome,
                requestedBy,
                requestedAt,
                by,
                at,
                why,
                version);
    }
}
