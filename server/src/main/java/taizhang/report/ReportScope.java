package taizhang.report;

import java.util.Map;
import taizhang.ledger.AssignedUnits;
import taizhang.shared.SqlCondition;

/**
 * The measures of a campaign a reader's reports cover: all of them for the campaign's own
 * office (and those above it), else the ones led by or co-assigned to a unit of the reader's
 * subtree, by the ledger's rule ({@link AssignedUnits}).
 */
record ReportScope(long campaignId, Long unitOrgId) {

    /** The SQL condition on measure alias {@code m}, its parameters bound into {@code params}. */
    String condition(Map<String, Object> params) {
        params.put("campaign", campaignId);
        if (unitOrgId == null) {
            return "m.campaign_id = :campaign";
        }
        return "m.campaign_id = :campaign and " + unit(params);
    }

    /**
     * The scope's unit condition alone, for queries already narrowed to the campaign by other
     * keys (its problems): a campaign condition there would lead the planner to the campaign
     * index and a scan of the whole campaign per page.
     */
    String unitCondition(Map<String, Object> params) {
        if (unitOrgId == null) {
            return "1 = 1";
        }
        return unit(params);
    }

    private String unit(Map<String, Object> params) {
        SqlCondition assigned = AssignedUnits.within(unitOrgId, "m.id");
        params.putAll(assigned.params());
        return assigned.sql();
    }

    boolean whole() {
        return unitOrgId == null;
    }
}
