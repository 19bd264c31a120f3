package taizhang.ledger;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import taizhang.ledger.MeasureService.Assignment;
import taizhang.org.OrgService;
import taizhang.shared.CurrentUser;

/**
 * The units a measure's assignment may name: ones the office sees, and active ones. A deactivated
 * unit takes nothing new: it may stay on a measure it already carries, never be put on one (400,
 * naming it).
 */
@Component
class AssignableUnits {

    private final OrgService organisations;

    AssignableUnits(OrgService organisations) {
        this.organisations = organisations;
    }

    /** Every unit the assignment names is one the user may see. */
    void requireVisible(CurrentUser user, Assignment assignment) {
        if (assignment.leadOrgId() != null) {
            organisations.get(user, assignment.leadOrgId());
        }
        assignment.coUnitIds().forEach(org -> organisations.get(user, org));
    }

    /**
     * Every unit the assignment puts on the measure ({@code before}, null for a new one) is active,
     * but for those the measure carries already.
     */
    void requireActive(Assignment assignment, Measure before) {
        Set<Long> kept = before == null ? Set.of() : unitsOf(before);
        if (assignment.leadOrgId() != null && !kept.contains(assignment.leadOrgId())) {
            organisations.find(assignment.leadOrgId()).ifPresent(o -> organisations.requireActive(o, "牵头单位"));
        }
        assignment.coUnitIds().stream()
                .filter(org -> !kept.contains(org))
                .forEach(org -> organisations.find(org).ifPresent(o -> organisations.requireActive(o, "配合单位")));
    }

    /**
     * The units an edit adds are active; they may lie only where the editor sees, while units the
     * measure already names may lie outside (a higher office named them).
     */
    void requireAdded(CurrentUser user, Collection<Long> added) {
        added.forEach(org -> organisations.requireActive(organisations.get(user, org), "单位"));
    }

    private static Set<Long> unitsOf(Measure m) {
        Set<Long> units = new HashSet<>(m.coUnitIds());
        if (m.leadOrgId() != null) {
            units.add(m.leadOrgId());
        }
        return units;
    }
}
