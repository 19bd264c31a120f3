package taizhang.ledger;

import java.util.Map;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.SqlCondition;

/**
 * An organisation subtree, known before a measure query so that the query needs no path
 * matching and no tree lookup: below the root it is the organisation's id, matched in
 * {@code measure_unit} (which holds each assigned unit's ancestors below the root). The root's
 * subtree is every organisation there is (the tree has one root), so a measure lies in it
 * when it has a lead unit or any co-unit; {@code orgId} is then null. The path is the
 * organisation's, for telling whether one subtree holds another.
 */
record MeasureScope(Long orgId, String path) {

    static MeasureScope of(Organisation organisation) {
        return new MeasureScope(organisation.parentId() == null ? null : organisation.id(), organisation.path());
    }

    /** The user's own subtree. A root path holds the one id, {@code /id/}. */
    static MeasureScope of(CurrentUser user) {
        boolean root = user.organisationPath().equals("/" + user.organisationId() + "/");
        return new MeasureScope(root ? null : user.organisationId(), user.organisationPath());
    }

    /** Whether the other subtree lies within this one. */
    boolean covers(MeasureScope other) {
        return other.path.startsWith(path);
    }

    /** Led by or co-assigned to an organisation of this subtree; binds its values under {@code name}. */
    String assignedTo(String name, String alias, Map<String, Object> params) {
        if (orgId != null) {
            SqlCondition within = AssignedUnits.within(name, alias, orgId, "m.id");
            params.putAll(within.params());
            return within.sql();
        }
        return "(m.lead_org_id is not null or exists (select 1 from measure_co_unit " + alias + " where " + alias
                + ".measure_id = m.id))";
    }
}
