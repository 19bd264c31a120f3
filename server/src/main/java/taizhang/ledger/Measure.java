package taizhang.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 整改措施: one concrete measure for a problem, with who leads it, by when, and how far it
 * has got. Immutable: each change returns the measure as it will be stored. Its status changes
 * only by the moves a 整改办 speaks of ({@link Move}): nothing else sets it.
 *
 * @param deadline the deadline in force: the one assigned, or the latest an approved extension set
 * @param reopened how many times the office reopened it after 销号 (回头看): statistics count it
 *     as reopened, not as new
 * @param originalDeadline the deadline as assigned before the first approved extension (申请延期);
 *     null when the measure was never extended
 * @param unsignedSince when the earliest assignment no unit has yet signed for (签收) was made; null
 *     when every assigned unit has signed
 */
public record Measure(
        long id,
        long campaignId,
        long problemId,
        int ordinal,
        String title,
        String body,
        Long leadOrgId,
        List<Long> coUnitIds,
        String responsibleLeader,
        LocalDate deadline,
        MeasureType type,
        MeasureStatus status,
        WarningLevel warning,
        Instant lastAcceptedAt,
        Instant createdAt,
        int version,
        int reopened,
        LocalDate originalDeadline,
        Instant unsignedSince) {

    public Measure {
        coUnitIds = List.copyOf(coUnitIds);
    }

    /**
     * The longest official text (措施正文) the office may write, by hand on the measure's page or the
     * API, or through the Excel ledger's column.
     */
    public static final int MAX_BODY = 100_000;

    /** The official text as the pages show it: the measure's own text, or its wording when it has none. */
    public String officialText() {
        return officialText(title, body);
    }

    /** {@link #officialText()} of a measure read as its wording and stored text. */
    public static String officialText(String title, String body) {
        return body == null || body.isBlank() ? title : body;
    }

    /** A measure never extended, whose units have all signed (or were assigned before 签收). */
    public Measure(
            long id,
            long campaignId,
            long problemId,
            int ordinal,
            String title,
            String body,
            Long leadOrgId,
            List<Long> coUnitIds,
            String responsibleLeader,
            LocalDate deadline,
            MeasureType type,
            MeasureStatus status,
            WarningLevel warning,
            Instant lastAcceptedAt,
            Instant createdAt,
            int version,
            int reopened) {
        this(
                id,
                campaignId,
                problemId,
                ordinal,
                title,
                body,
                leadOrgId,
                coUnitIds,
                responsibleLeader,
                deadline,
                type,
                status,
                warning,
                lastAcceptedAt,
                createdAt,
                version,
                reopened,
                null,
                null);
    }

    /** A measure never reopened: every new one. */
    public Measure(
            long id,
            long campaignId,
            long problemId,
            int ordinal,
            String title,
            String body,
            Long leadOrgId,
            List<Long> coUnitIds,
            String responsibleLeader,
            LocalDate deadline,
            MeasureType type,
            MeasureStatus status,
            WarningLevel warning,
            Instant lastAcceptedAt,
            Instant createdAt,
            int version) {
        this(
                id,
                campaignId,
                problemId,
                ordinal,
                title,
                body,
                leadOrgId,
                coUnitIds,
                responsibleLeader,
                deadline,
                type,
                status,
                warning,
                lastAcceptedAt,
                createdAt,
                version,
                0);
    }

    /** What a 销号 rests on: files that prove the work, and the office's acceptance of a report of it. */
    public record ClosingProof(int evidenceFiles, boolean acceptedReport) {}

    /** The moves the workflow allows from where the measure stands; who may make them is {@link MeasureRights}'s. */
    public Set<Move> moves() {
        return switch (status) {
            case NOT_STARTED -> EnumSet.of(Move.START, Move.REPORT_DONE);
            case IN_PROGRESS -> EnumSet.of(Move.REPORT_DONE);
            case SUBSTANTIALLY_DONE -> EnumSet.of(Move.REPORT_DONE, Move.RETURN);
            case DONE -> EnumSet.of(Move.RETURN, Move.CLOSE);
            case CLOSED -> EnumSet.of(Move.REOPEN);
        };
    }

    /** 开始整改: work has begun. */
    public Measure start() {
        require(Move.START);
        return withStatus(MeasureStatus.IN_PROGRESS);
    }

    /** The office records the work as done, or substantially done (基本完成). */
    public Measure reportDone(MeasureStatus outcome) {
        if (outcome != MeasureStatus.DONE && outcome != MeasureStatus.SUBSTANTIALLY_DONE) {
            throw new IllegalTransitionException("完成情况只能是“已完成”或“基本完成”，收到“" + outcome.label() + "”");
        }
        require(Move.REPORT_DONE);
        if (status == outcome) {
            throw new IllegalTransitionException("措施已是“" + status.label() + "”");
        }
        return withStatus(outcome);
    }

    /** 退回: done work goes back to the unit, always with a reason. */
    public Measure sendBack(String reason) {
        require(Move.RETURN);
        requireReason(reason, "退回");
        return withStatus(MeasureStatus.IN_PROGRESS);
    }

    /** 销号: the office closes done work on evidence, not on a claim. */
    public Measure close(ClosingProof proof) {
        require(Move.CLOSE);
        if (proof.evidenceFiles() == 0) {
            throw new IllegalTransitionException("销号需要佐证材料：请上传至少一个文件");
        }
        if (!proof.acceptedReport()) {
            throw new IllegalTransitionException("销号需要至少一份已审核通过的进展报告");
        }
        return withStatus(MeasureStatus.CLOSED);
    }

    /** 回头看: a closed measure is opened again, with a reason; it keeps its history and counts as reopened. */
    public Measure reopen(String reason) {
        require(Move.REOPEN);
        requireReason(reason, "重新打开");
        return new Measure(
                id,
                campaignId,
                problemId,
                ordinal,
                title,
                body,
                leadOrgId,
                coUnitIds,
                responsibleLeader,
                deadline,
                type,
                MeasureStatus.IN_PROGRESS,
                warning,
                lastAcceptedAt,
                createdAt,
                version,
                reopened + 1,
                originalDeadline,
                unsignedSince);
    }

    /**
     * Whether the measure takes the units' input: progress reports, changes to them and evidence
     * files. 销号 ends it; only a 回头看 ({@link #reopen}) opens the measure to input again.
     */
    public boolean takesInput() {
        return status != MeasureStatus.CLOSED;
    }

    /** Refuses {@code act} (填报进展, 上传佐证材料…) on a closed measure, saying how to go on. */
    public void requireInput(String act) {
        if (!takesInput()) {
            throw new IllegalTransitionException("措施“" + title + "”已销号，不能再" + act + "；如需补充，请整改办先重新打开（回头看）");
        }
    }

    /**
     * A status an office states for a measure it has just created (an imported ledger's 完成情况),
     * reached by the moves the office could make by hand: start, or report done. 销号 is never
     * stated: it needs evidence.
     */
    public Measure statedAs(MeasureStatus stated) {
        return switch (stated) {
            case NOT_STARTED -> this;
            case IN_PROGRESS -> status == MeasureStatus.IN_PROGRESS ? this : start();
            case SUBSTANTIALLY_DONE, DONE -> status == stated ? this : reportDone(stated);
            case CLOSED -> throw new IllegalTransitionException("销号需要佐证材料，不能在导入时直接销号");
        };
    }

    public Measure assign(
            Long leadOrgId, List<Long> coUnitIds, String responsibleLeader, LocalDate deadline, MeasureType type) {
        if (status == MeasureStatus.CLOSED) {
            throw new IllegalTransitionException("已销号的措施不能再修改");
        }
        if (type == MeasureType.CONTINUING && deadline != null) {
            throw new IllegalTransitionException("长期坚持的措施没有整改时限");
        }
        return new Measure(
                id,
                campaignId,
                problemId,
                ordinal,
                title,
                body,
                leadOrgId,
                coUnitIds,
                responsibleLeader,
                deadline,
                type,
                status,
                warning,
                lastAcceptedAt,
                createdAt,
                version,
                reopened,
                deadline == null ? null : originalDeadline,
                unsignedSince);
    }

    /**
     * 延期: an approved extension moves the deadline in force to a later day and keeps the one first
     * assigned. Only unfinished work with a deadline is extended, and never to an earlier day.
     */
    public Measure extendTo(LocalDate later) {
        if (status.isFinished()) {
            throw new IllegalTransitionException("“" + status.label() + "”的措施不能延期");
        }
        if (deadline == null) {
            throw new IllegalTransitionException("没有整改时限的措施不能延期");
        }
        if (later == null || !later.isAfter(deadline)) {
            throw new IllegalTransitionException("延期后的时限必须晚于现行时限 " + deadline);
        }
        return new Measure(
                id,
                campaignId,
                problemId,
                ordinal,
                title,
                body,
                leadOrgId,
                coUnitIds,
                responsibleLeader,
                later,
                type,
                status,
                warning,
                lastAcceptedAt,
                createdAt,
                version,
                reopened,
                originalDeadline == null ? deadline : originalDeadline,
                unsignedSince);
    }

    /** 移除: refused for a closed (销号) measure, which is evidence of the work; 回头看 reopens it first. */
    public void requireRemovable() {
        if (status == MeasureStatus.CLOSED) {
            throw new IllegalTransitionException("已销号的措施不能移除；如确需移除，请先重新打开");
        }
    }

    /** Whether an approved extension moved the deadline. */
    public boolean extended() {
        return originalDeadline != null;
    }

    /**
     * A new wording of the measure; like its assignment, fixed once the measure is closed. Where the
     * official text opens by repeating the wording ({@code 一是<title>。}, {@link MeasureLead}), that
     * lead follows, so that the text never names the measure by its old wording.
     */
    public Measure retitle(String title) {
        if (status == MeasureStatus.CLOSED) {
            throw new IllegalTransitionException("已销号的措施不能再修改");
        }
        return new Measure(
                id,
                campaignId,
                problemId,
                ordinal,
                title,
                MeasureLead.retitled(body, this.title, title),
                leadOrgId,
                coUnitIds,
                responsibleLeader,
                deadline,
                type,
                status,
                warning,
                lastAcceptedAt,
                createdAt,
                version,
                reopened,
                originalDeadline,
                unsignedSince);
    }

    /** The wording and the text corrected (a miswritten word put right); fixed once the measure is closed. */
    public Measure reword(String newTitle, String newBody) {
        return retitle(newTitle).withBody(newBody);
    }

    private Measure withBody(String newBody) {
        return new Measure(
                id,
                campaignId,
                problemId,
                ordinal,
                title,
                newBody,
                leadOrgId,
                coUnitIds,
                responsibleLeader,
                deadline,
                type,
                status,
                warning,
                lastAcceptedAt,
                createdAt,
                version,
                reopened,
                originalDeadline,
                unsignedSince);
    }

    /**
     * The lead unit's accepted report (or the office's record of one) restarts the warning clock
     * and moves the measure to the status the unit claimed, where the workflow allows; other claims
     * leave the status as it is. It never closes the measure: 销号 is the office's own act.
     */
    public Measure acceptReport(MeasureStatus claimed, Instant at) {
        boolean moves = status != MeasureStatus.CLOSED
                && claimed != MeasureStatus.CLOSED
                && claimed != MeasureStatus.NOT_STARTED;
        MeasureStatus next = moves ? claimed : status;
        return new Measure(
                id,
                campaignId,
                problemId,
                ordinal,
                title,
                body,
                leadOrgId,
                coUnitIds,
                responsibleLeader,
                deadline,
                type,
                next,
                warning,
                at,
                createdAt,
                version,
                reopened,
                originalDeadline,
                unsignedSince);
    }

    /**
     * The warning level by {@link WarningLevel}'s rules with the campaign's thresholds, as of
     * {@code now}, and its lag against plan ({@code null} when it has no plan).
     */
    public Measure withWarningAt(Instant now, ZoneId zone, WarningRules rules, WarningLevel planLag) {
        WarningLevel level = WarningLevel.withPlanLag(
                status,
                WarningLevel.of(status, deadline, lastAcceptedAt, createdAt, unsignedSince, now, zone, rules),
                planLag);
        return new Measure(
                id,
                campaignId,
                problemId,
                ordinal,
                title,
                body,
                leadOrgId,
                coUnitIds,
                responsibleLeader,
                deadline,
                type,
                status,
                level,
                lastAcceptedAt,
                createdAt,
                version,
                reopened,
                originalDeadline,
                unsignedSince);
    }

    /** The measure as stored under its id, at that version: what a batch write hands back without reading it. */
    Measure stored(long id, int version) {
        return new Measure(
                id,
                campaignId,
                problemId,
                ordinal,
                title,
                body,
                leadOrgId,
                coUnitIds,
                responsibleLeader,
                deadline,
                type,
                status,
                warning,
                lastAcceptedAt,
                createdAt,
                version,
                reopened,
                originalDeadline,
                unsignedSince);
    }

    /** The measure as its 签收 rows left it: unsigned since then, or (null) signed by every unit. */
    Measure withUnsignedSince(Instant since) {
        return new Measure(
                id,
                campaignId,
                problemId,
                ordinal,
                title,
                body,
                leadOrgId,
                coUnitIds,
                responsibleLeader,
                deadline,
                type,
                status,
                warning,
                lastAcceptedAt,
                createdAt,
                version,
                reopened,
                originalDeadline,
                since);
    }

    /** The measure with the co-units read back for it. */
    Measure withCoUnits(List<Long> coUnits) {
        return new Measure(
                id,
                campaignId,
                problemId,
                ordinal,
                title,
                body,
                leadOrgId,
                coUnits,
                responsibleLeader,
                deadline,
                type,
                status,
                warning,
                lastAcceptedAt,
                createdAt,
                version,
                reopened,
                originalDeadline,
                unsignedSince);
    }

    private void require(Move move) {
        if (!moves().contains(move)) {
            throw new IllegalTransitionException("“" + status.label() + "”的措施不能" + move.label());
        }
    }

    private static void requireReason(String reason, String act) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalTransitionException(act + "必须写明理由");
        }
    }

    private Measure withStatus(MeasureStatus target) {
        return new Measure(
                id,
                campaignId,
                problemId,
                ordinal,
                title,
                body,
                leadOrgId,
                coUnitIds,
                responsibleLeader,
                deadline,
                type,
                target,
                warning,
                lastAcceptedAt,
                createdAt,
                version,
                reopened,
                originalDeadline,
                unsignedSince);
    }
}
