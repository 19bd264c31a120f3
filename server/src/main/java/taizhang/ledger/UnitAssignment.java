package taizhang.ledger;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;

/**
 * One unit's part in a measure, the lead's or a co-unit's, and its 签收: the unit confirms it has
 * received the assignment. A unit newly put on a measure, or moved between lead and co-unit, signs
 * again; until then the office sees the measure as unsigned and, after
 * {@value WarningLevel#UNSIGNED_YELLOW_DAYS} days, yellow.
 */
public record UnitAssignment(
        long measureId,
        long orgId,
        String orgName,
        @JsonIgnore String orgPath,
        boolean lead,
        Instant assignedAt,
        Instant signedAt,
        String signedBy) {

    public boolean signed() {
        return signedAt != null;
    }

    /** 签收; signing twice is refused, so the first signature and its time stand. */
    public UnitAssignment sign(String by, Instant at) {
        if (signed()) {
            throw new IllegalTransitionException(orgName + "已于 " + signedAt + " 签收");
        }
        return new UnitAssignment(measureId, orgId, orgName, orgPath, lead, assignedAt, at, by);
    }

    /**
     * The parts a user answers for (signs, asks to extend): those of units in its subtree, narrowed
     * to the one unit named; a unit the measure does not assign is refused.
     */
    public static List<UnitAssignment> answeredBy(CurrentUser user, List<UnitAssignment> all, Long orgId) {
        if (orgId != null && all.stream().noneMatch(a -> a.orgId() == orgId)) {
            throw new InvalidRequestException("orgId", "该单位不是这项措施的牵头或配合单位");
        }
        return all.stream()
                .filter(a -> orgId == null || a.orgId() == orgId)
                .filter(a -> user.covers(a.orgPath()))
                .toList();
    }

    /** The parts a measure assigns, by unit: the lead's, then each co-unit's (a lead named again as co-unit leads). */
    static Map<Long, Boolean> parts(Measure m) {
        Map<Long, Boolean> parts = new LinkedHashMap<>();
        if (m == null) {
            return parts;
        }
        if (m.leadOrgId() != null) {
            parts.put(m.leadOrgId(), true);
        }
        m.coUnitIds().forEach(unit -> parts.putIfAbsent(unit, false));
        return parts;
    }

    /** The parts {@code after} assigns that {@code before} did not (a new unit, or a unit in another part). */
    static Map<Long, Boolean> added(Measure before, Measure after) {
        Map<Long, Boolean> was = parts(before);
        Map<Long, Boolean> added = new LinkedHashMap<>();
        parts(after).forEach((unit, lead) -> {
            if (!lead.equals(was.get(unit))) {
                added.put(unit, lead);
            }
        });
        return added;
    }

    /** The parts {@code before} assigned that {@code after} no longer does in the same way. */
    static Map<Long, Boolean> removed(Measure before, Measure after) {
        return added(after, before);
    }
}
