package taizhang.ledger;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.Role;

/**
 * What one user may do to one measure: the single answer that the API, the pages (which buttons
 * show), the imports and the reports ask. The owning office moves and edits; the units that
 * carry the measure report on it; everyone else who sees it reads.
 *
 * @param office the user is an office (or admin) in the subtree of the campaign's owning office, or,
 *     for a sub-measure (分层建账), in the subtree of the unit that split it off (a 盟市 整改办)
 * @param responsible the user reports for a unit whose subtree holds the lead or a co-unit
 * @param leads the user's subtree holds the lead unit: its accepted reports move the status
 * @param chainedClosing the campaign closes through a 销号审批链, so 销号 is no single move
 * @param writesNotes the user keeps the campaign and reports from above the measure's units (its own
 *     organisation is neither the lead nor a co-unit): what it files is the office's note, not a
 *     unit's report, and never goes to review
 */
public record MeasureRights(
        Measure measure,
        boolean office,
        boolean responsible,
        boolean leads,
        boolean chainedClosing,
        boolean writesNotes) {

    /**
     * @param keeps {@link CampaignService#mayEdit} for the measure's campaign, or the user is an
     *     office of the level that split the sub-measure off
     */
    static MeasureRights of(
            CurrentUser user,
            Measure measure,
            boolean keeps,
            boolean assignedInSubtree,
            String leadPath,
            boolean chainedClosing) {
        boolean responsible = assignedInSubtree && reportsProgress(user);
        boolean ownUnit = Objects.equals(measure.leadOrgId(), user.organisationId())
                || measure.coUnitIds().contains(user.organisationId());
        return new MeasureRights(
                measure,
                keeps,
                responsible,
                responsible && user.covers(leadPath),
                chainedClosing,
                responsible && keeps && !ownUnit);
    }

    /**
     * Whether the user's roles let it file progress reports at all (for the measures its unit
     * carries): units, and offices for their own parts; leaders, supervisors and administrators read.
     */
    public static boolean reportsProgress(CurrentUser user) {
        return user.hasAny(Role.UNIT, Role.OFFICE);
    }

    /**
     * The moves the user may make now: the office's, where the measure's status allows them; with a
     * 销号审批链, closing is asked and approved step by step instead ({@link ClosingRequest}).
     */
    public Set<Move> moves() {
        Set<Move> moves = office ? EnumSet.copyOf(measure.moves()) : EnumSet.noneOf(Move.class);
        if (chainedClosing) {
            moves.remove(Move.CLOSE);
        }
        return moves;
    }

    /**
     * 分层建账: split the measure into sub-measures for the units below its lead: the lead unit (or a
     * unit above it) and the office that keeps the measure, while the work is open.
     */
    public boolean maySplit() {
        return (leads || office)
                && measure.leadOrgId() != null
                && !measure.status().isFinished();
    }

    /** Ask for 销号 through the chain: the office, or the lead unit for its own work, once it is done. */
    public boolean mayAskClosing() {
        return chainedClosing && (office || leads) && measure.moves().contains(Move.CLOSE);
    }

    public boolean may(Move move) {
        return moves().contains(move);
    }

    /** Edit text, units, leader, deadline or type: the office's, until 销号. */
    public boolean mayEdit() {
        return office && measure.status() != MeasureStatus.CLOSED;
    }

    /**
     * File progress reports: the units that carry the measure, until 销号; leaders and supervisors
     * read.
     */
    public boolean mayReport() {
        return responsible && measure.takesInput();
    }

    /**
     * Attach evidence files: the units that carry the measure, and the office that closes it on
     * them, until 销号.
     */
    public boolean mayAttach() {
        return (responsible || office) && measure.takesInput();
    }

    /**
     * 签收 and 申请延期: the units that carry the measure (or a unit above them), for their own parts,
     * until 销号.
     */
    public boolean mayAnswerAssignment() {
        return responsible && measure.takesInput();
    }

    /** Approve or refuse an extension: the office that keeps the campaign. */
    public boolean mayDecideExtension() {
        return office;
    }

    public void requireAssigned(String act) {
        if (!responsible) {
            throw new ForbiddenException("只有牵头或配合单位可以" + act);
        }
    }

    /** Refuses 签收 or 申请延期 from others with 403, and on a closed measure with 409. */
    public void requireAnswer(String act) {
        requireAssigned(act);
        measure.requireInput(act);
    }

    /** Refuses a move that is not the user's to make; whether the status allows it is the measure's to say. */
    public void requireOffice(String act) {
        if (!office) {
            throw new ForbiddenException("只有本任务所属整改办可以" + act);
        }
    }

    /** Refuses a report (or a change to one) from others with 403, and on a closed measure with 409. */
    public void requireReport() {
        if (!responsible) {
            throw new ForbiddenException("只有牵头或配合单位可以填报这项措施的进展");
        }
        measure.requireInput("填报或修改进展");
    }

    /** Refuses an evidence file from others with 403, and on a closed measure with 409. */
    public void requireAttach() {
        if (!responsible && !office) {
            throw new ForbiddenException("只有责任单位或本任务所属整改办可以上传佐证材料");
        }
        measure.requireInput("上传佐证材料");
    }
}
