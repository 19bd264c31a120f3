package taizhang.ledger;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Appends visibility and a filter's optional conditions to a measure query, every value bound, nothing spliced. */
record MeasureConditions(StringBuilder sql, Map<String, Object> params) {

    /**
     * A measure is visible to the subtree of its campaign's owner (the office), of its lead
     * unit and of each co-unit. Within a campaign the user's subtree owns, every measure is
     * visible, so the condition is left out: the office's ledger is then a plain indexed scan.
     * When the user's subtree owns every campaign there is, owning is the whole condition.
     */
    void visibleTo(MeasureScope scope, List<Long> ownCampaigns, boolean ownsEveryCampaign, Long campaignFilter) {
        if (campaignFilter != null && ownCampaigns.contains(campaignFilter)) {
            return;
        }
        if (!ownCampaigns.isEmpty()) {
            params.put("ownCampaigns", ownCampaigns);
        }
        if (ownsEveryCampaign) {
            sql.append(ownCampaigns.isEmpty() ? " and 1 = 0" : " and m.campaign_id in (:ownCampaigns)");
            return;
        }
        String owned = ownCampaigns.isEmpty() ? "" : "m.campaign_id in (:ownCampaigns) or ";
        sql.append(" and (").append(owned).append(scope.assignedTo("scopeOrg", "vu", params)).append(')');
    }

    /** The filter's conditions; {@code unit} is the unit filter's subtree, null for no unit filter. */
    void add(MeasureFilter f, MeasureScope unit) {
        if (unit != null) {
            sql.append(" and ").append(unit.assignedTo("unitOrg", "uu", params));
        }
        add(f);
    }

    /** The filter's conditions, with the unit filter as a caller's condition on the bound path pattern {@code :unitScope}. */
    void add(MeasureFilter f, String unitScope, String unitCondition) {
        if (unitScope != null) {
            condition(unitCondition, "unitScope", unitScope);
        }
        add(f);
    }

    private void add(MeasureFilter f) {
        if (f.campaignId() != null) {
            condition("m.campaign_id = :campaign", "campaign", f.campaignId());
        }
        if (f.problemId() != null) {
            condition("m.problem_id = :problem", "problem", f.problemId());
        }
        if (!f.statuses().isEmpty()) {
            condition("m.status in (:statuses)", "statuses", f.statuses().stream().map(Enum::name).collect(Collectors.toList()));
        }
        if (!f.warnings().isEmpty()) {
            condition("m.warning in (:warnings)", "warnings", f.warnings().stream().map(Enum::name).collect(Collectors.toList()));
        }
        if (!f.types().isEmpty()) {
            condition("m.type in (:types)", "types", f.types().stream().map(Enum::name).collect(Collectors.toList()));
        }
        if (f.deadlineFrom() != null) {
            condition("m.deadline >= :from", "from", f.deadlineFrom());
        }
        if (f.deadlineTo() != null) {
            condition("m.deadline <= :to", "to", f.deadlineTo());
        }
        if (f.keyword() != null && !f.keyword().isBlank()) {
            condition("(m.title like :kw or m.body like :kw)", "kw", "%" + escapeLike(f.keyword().strip()) + "%");
        }
    }

    private void condition(String condition, String name, Object value) {
        sql.append(" and ").append(condition);
        params.put(name, value);
    }

    /** The keyword is matched literally: % and _ typed by a user are not wildcards. */
    private static String escapeLike(String keyword) {
        return keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
