package taizhang.report;

import java.util.Map;

/**
 * The measures of a campaign a reader's reports cover: all of them for the campaign's own
 * office (and those above it), else the ones led by or co-assigned to a unit of the reader's
 * subtree, found in the ledger's {@code measure_unit} table by the reader's organisation.
 */
record ReportScope(long campaignId, Long unitOrgId) {

    /** The SQL condition on measure alias {@code m}, its parameters bound into {@code params}. */
    String condition(Map<String, Object> params) {
        params.put("campaign", campaignId);
        if (unitOrgId == null) {
            return "m.campaign_id = :campaign";
        }
        params.put("scopeOrg", unitOrgId);
        return "m.campaign_id = :campaign and exists (select 1 from measure_unit su"
                + " where su.org_id = :scopeOrg and su.measure_id = m.id)";
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
        params.put("scopeOrg", unitOrgId);
        return "exists (select 1 from measure_unit su where su.org_id = :scopeOrg and su.measure_id = m.id)";
    }

    boolean whole() {
        return unitOrgId == null;
    }
}
