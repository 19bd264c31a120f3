package taizhang.ledger;

import java.util.List;
import java.util.Map;
import taizhang.shared.SqlCondition;

/**
 * The ledger's rule "led by or co-assigned to a unit of this subtree" in SQL, for the statistics
 * other features count in the database. Below the root a subtree is one key of the ledger's
 * {@code measure_unit}, which holds each assigned unit's ancestors below the root (see
 * {@code MeasureScope}); the root's readers own every campaign and need no condition.
 */
public final class AssignedUnits {

    private AssignedUnits() {}

    /** The measures whose id is {@code measureId} (a column) assigned within the subtree of {@code orgId}. */
    public static SqlCondition within(long orgId, String measureId) {
        return within("scopeOrg", "su", orgId, measureId);
    }

    /**
     * The measures assigned within the subtree of any of {@code orgIds}: a reader's reach, its own
     * organisation with the units it supervises (对口督导). One unit binds one key, as {@link #within}.
     */
    public static SqlCondition withinAny(List<Long> orgIds, String measureId) {
        if (orgIds.size() == 1) {
            return within(orgIds.get(0), measureId);
        }
        return new SqlCondition(
                "exists (select 1 from measure_unit su where su.org_id in (:scopeOrgs) and su.measure_id = " + measureId
                        + ")",
                Map.of("scopeOrgs", List.copyOf(orgIds)));
    }

    /** The same with the parameter and the table alias named, for a query holding several such conditions. */
    static SqlCondition within(String param, String alias, long orgId, String measureId) {
        return new SqlCondition(
                "exists (select 1 from measure_unit " + alias + " where " + alias + ".org_id = :" + param + " and "
                        + alias + ".measure_id = " + measureId + ")",
                Map.of(param, orgId));
    }
}
