package taizhang.ledger;

import java.util.EnumSet;
import java.util.Set;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.Role;

/**
 * What one user may do to one measure: the single answer that the API, the pages (which buttons
 * show), the imports and the reports ask. The owning office moves and edits; the units that
 * carry the measure report on it; everyone else who sees it reads.
 *
 * @param office the user is an office (or admin) in the subtree of the campaign's owning office
 * @param responsible the user reports for a unit whose subtree holds the lead or a co-unit
 * @param leads the user's subtree holds the lead unit: its accepted reports move the status
 */
public record MeasureRights(Measure measure, boolean office, boolean responsible, boolean leads) {

    /** @param keepsCampaign {@link CampaignService#mayEdit} for the measure's campaign */
    static MeasureRights of(
            CurrentUser user, Measure measure, boolean keepsCampaign, boolean assignedInSubtree, String leadPath) {
        boolean responsible = assignedInSubtree && reportsProgress(user);
        return new MeasureRights(measure, keepsCampaign, responsible, responsible && user.covers(leadPath));
    }

    /**
     * Whether the user's roles let it file progress reports at all (for the measures its unit
     * carries): units, and offices for their own parts; leaders, supervisors and administrators read.
     */
    public static boolean reportsProgress(CurrentUser user) {
        return user.hasAny(Role.UNIT, Role.OFFICE);
    }

    /** The moves the user may make now: the office's, where the measure's status allows them. */
    public Set<Move> moves() {
        return office ? measure.moves() : EnumSet.noneOf(Move.class);
    }

    public boolean may(Move move) {
        return moves().contains(move);
    }

    /** Edit text, units, leader, deadline or type: the office's, until 销号. */
    public boolean mayEdit() {
        return office && measure.status() != MeasureStatus.CLOSED;
    }

    /** File progress reports: the units that carry the measure; leaders and supervisors read. */
    public boolean mayReport() {
        return responsible;
    }

    /** Attach evidence files: the units that carry the measure, and the office that closes it on them. */
    public boolean mayAttach() {
        return responsible || office;
    }

    /** 签收 and 申请延期: the units that carry the measure (or a unit above them), for their own parts. */
    public boolean mayAnswerAssignment() {
        return responsible;
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

    /** Refuses a move that is not the user's to make; whether the status allows it is the measure's to say. */
    public void requireOffice(String act) {
        if (!office) {
            throw new ForbiddenException("只有本任务所属整改办可以" + act);
        }
    }

    public void requireReport() {
        if (!responsible) {
            throw new ForbiddenException("只有牵头或配合单位可以填报这项措施的进展");
        }
    }
}
