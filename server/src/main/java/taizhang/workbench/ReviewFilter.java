package taizhang.workbench;

import java.util.HashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;
import taizhang.shared.Period;
import taizhang.shared.SqlCondition;

/**
 * The review queue's filters, each optional: the campaign, the submitting unit (with the units
 * below it) and the period reported on.
 */
record ReviewFilter(Long campaign, Long unit, String period) {

    static final ReviewFilter NONE = new ReviewFilter(null, null, null);

    ReviewFilter {
        period = period == null || period.isBlank() ? null : Period.require("period", period.strip());
    }

    boolean any() {
        return campaign != null || unit != null || period != null;
    }

    /** The filters as a condition over {@code r}, the report; {@code unitPath} is the unit's tree path. */
    SqlCondition condition(String unitPath) {
        StringBuilder sql = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (campaign != null) {
            sql.append(" and exists (select 1 from ledger_measure_view fm where fm.id = r.measure_id"
                    + " and fm.campaign_id = :filterCampaign)");
            params.put("filterCampaign", campaign);
        }
        if (unit != null) {
            sql.append(" and exists (select 1 from org_unit_view fo where fo.id = r.organisation_id"
                    + " and fo.path like :filterUnit)");
            params.put("filterUnit", unitPath == null ? "-" : unitPath + "%");
        }
        if (period != null) {
            sql.append(" and r.period = :filterPeriod");
            params.put("filterPeriod", period);
        }
        return new SqlCondition(sql.toString(), params);
    }

    /** The queue's address with these filters, where a form without JavaScript comes back to. */
    String href() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/review");
        if (campaign != null) {
            uri.queryParam("campaign", campaign);
        }
        if (unit != null) {
            uri.queryParam("unit", unit);
        }
        if (period != null) {
            uri.queryParam("period", period);
        }
        return uri.encode().build().toUriString();
    }
}
