package taizhang.supervision;

import java.util.List;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.Role;

/**
 * Who reads and who changes the supervision items and accountability records of one campaign: the
 * one answer the services, the pages and the lists ask. Offices, supervisors and leaders read those
 * of the units in their subtree, of the units they supervise, of the whole campaign when their
 * subtree holds its owner, and the ones they recorded; units read none (a finding reaches a unit
 * as its measure). The office that keeps the campaign and the recorder change an item.
 *
 * @param wholeCampaign the user's subtree holds the campaign's owning office
 * @param keepsCampaign the user is that office (or an admin there)
 * @param supervisedPaths the paths of the units the user supervises
 */
record SupervisionAccess(CurrentUser user, boolean wholeCampaign, boolean keepsCampaign, List<String> supervisedPaths) {

    /** Whether the user's roles read supervision and accountability at all. */
    static boolean reads(CurrentUser user) {
        return user.hasAny(Role.OFFICE, Role.ADMIN, Role.LEADER, Role.SUPERVISOR);
    }

    static void requireReader(CurrentUser user, String what) {
        if (!reads(user)) {
            throw new ForbiddenException("只有整改办、督导和领导可以查看" + what);
        }
    }

    boolean mayRead(String unitPath, long recorderId) {
        return reads(user)
                && (wholeCampaign || user.covers(unitPath) || supervises(unitPath) || recorderId == user.id());
    }

    /** Correct an item or record, or send an item's finding back: the campaign's office and the recorder. */
    boolean mayChange(long recorderId) {
        return keepsCampaign || recorderId == user.id();
    }

    boolean supervises(String unitPath) {
        return unitPath != null && supervisedPaths.stream().anyMatch(unitPath::startsWith);
    }

    /** The units a list is narrowed to: null for every unit, else the subtrees named here (and the user's own records). */
    List<String> listedSubtrees() {
        if (wholeCampaign) {
            return null;
        }
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(user.organisationPath()), supervisedPaths.stream())
                .toList();
    }
}
