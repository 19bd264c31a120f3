package taizhang.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 整改措施: one concrete measure for a problem, with who leads it, by when, and how far it
 * has got. Immutable: each change returns the measure as it will be stored.
 */
public record Measure(long id, long campaignId, long problemId, int ordinal, String title, String body,
        Long leadOrgId, List<Long> coUnitIds, String responsibleLeader, LocalDate deadline, MeasureType type,
        MeasureStatus status, WarningLevel warning, Instant lastAcceptedAt, Instant createdAt, int version) {

    public Measure {
        coUnitIds = List.copyOf(coUnitIds);
    }

    /**
     * Moves to another status if the workflow allows it. Closing (销号) also needs an accepted
     * progress report: the office closes on evidence, not on a claim.
     */
    public Measure moveTo(MeasureStatus target, boolean hasAcceptedReport) {
        if (!status.canMoveTo(target)) {
            throw IllegalTransitionException.of(status, target);
        }
        if (target == MeasureStatus.CLOSED && !hasAcceptedReport) {
            throw new IllegalTransitionException("销号需要至少一份已审核通过的进展报告");
        }
        return withStatus(target);
    }

    /** 退回: the office sends reported-done work back to the unit. */
    public Measure sendBack() {
        if (status != MeasureStatus.DONE && status != MeasureStatus.SUBSTANTIALLY_DONE) {
            throw new IllegalTransitionException("只有“已完成”或“基本完成”的措施可以退回，当前为“" + status.label() + "”");
        }
        return withStatus(MeasureStatus.IN_PROGRESS);
    }

    public Measure assign(Long leadOrgId, List<Long> coUnitIds, String responsibleLeader, LocalDate deadline,
            MeasureType type) {
        if (status == MeasureStatus.CLOSED) {
            throw new IllegalTransitionException("已销号的措施不能再修改");
        }
        if (type == MeasureType.CONTINUING && deadline != null) {
            throw new IllegalTransitionException("长期坚持的措施没有整改时限");
        }
        return new Measure(id, campaignId, problemId, ordinal, title, body, leadOrgId, coUnitIds, responsibleLeader,
                deadline, type, status, warning, lastAcceptedAt, createdAt, version);
    }

    /** A new wording of the measure; like its assignment, fixed once the measure is closed. */
    public Measure retitle(String title) {
        if (status == MeasureStatus.CLOSED) {
            throw new IllegalTransitionException("已销号的措施不能再修改");
        }
        return new Measure(id, campaignId, problemId, ordinal, title, body, leadOrgId, coUnitIds, responsibleLeader,
                deadline, type, status, warning, lastAcceptedAt, createdAt, version);
    }

    /**
     * An accepted progress report restarts the warning clock and moves the measure to the status
     * the unit claimed, where the workflow allows; other claims leave the status as it is. It
     * never closes the measure: 销号 is the office's own act, through {@link #moveTo}.
     */
    public Measure acceptReport(MeasureStatus claimed, Instant at) {
        MeasureStatus next = claimed != MeasureStatus.CLOSED && status.canMoveTo(claimed) ? claimed : status;
        return new Measure(id, campaignId, problemId, ordinal, title, body, leadOrgId, coUnitIds, responsibleLeader,
                deadline, type, next, warning, at, createdAt, version);
    }

    /** The warning level by {@link WarningLevel}'s rules, as of {@code now}. */
    public Measure withWarningAt(Instant now, java.time.ZoneId zone) {
        WarningLevel level = WarningLevel.of(status, deadline, lastAcceptedAt, createdAt, now, zone);
        return new Measure(id, campaignId, problemId, ordinal, title, body, leadOrgId, coUnitIds, responsibleLeader,
                deadline, type, status, level, lastAcceptedAt, createdAt, version);
    }

    /** The measure as stored under its id, at that version: what a batch write hands back without reading it. */
    Measure stored(long id, int version) {
        return new Measure(id, campaignId, problemId, ordinal, title, body, leadOrgId, coUnitIds, responsibleLeader,
                deadline, type, status, warning, lastAcceptedAt, createdAt, version);
    }

    private Measure withStatus(MeasureStatus target) {
        return new Measure(id, campaignId, problemId, ordinal, title, body, leadOrgId, coUnitIds, responsibleLeader,
                deadline, type, target, warning, lastAcceptedAt, createdAt, version);
    }
}
