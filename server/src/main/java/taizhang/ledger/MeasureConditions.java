package taizhang.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import taizhang.shared.CurrentUser;

/**
 * Appends visibility and a filter's optional conditions to a measure query aliased {@code m},
 * every value bound, nothing spliced. The measure list, the ledger page and the problem list
 * all build their conditions here, so that they cannot disagree on who sees what. When the
 * query walks the {@code measure_unit} rows of {@code drivingOrg} (see {@link MeasureWalk}),
 * that organisation's condition is already met and is left out.
 */
record MeasureConditions(StringBuilder sql, Map<String, Object> params, Long drivingOrg) {

    /**
     * A measure {@code m} with an open text defect from its import (文字疑点): the ledger's filter
     * 有文字疑点 and the tag on its rows ask the same question.
     */
    static final String OPEN_TEXT_DEFECT = "m.id in (select dv.measure_id from defect_open_view dv)";

    MeasureConditions(StringBuilder sql, Map<String, Object> params) {
        this(sql, params, null);
    }

    /**
     * What a user may see, resolved before the query: the campaigns the user's subtree owns (a
     * short id list), the user's organisation as one key of {@code measure_unit}, and the units it
     * supervises ({@link SupervisedUnits}), each a key too. The database can then use the measure's
     * own indexes instead of matching the tree per row.
     */
    record Reach(MeasureScope scope, List<Long> ownCampaigns, boolean ownsEveryCampaign, List<Long> supervised) {

        /** One short read of every campaign (they are tens, not thousands) answers both questions. */
        static Reach of(JdbcClient jdbc, CurrentUser user) {
            List<Long> own = new ArrayList<>();
            int[] all = {0};
            jdbc.sql("""
                    select c.id, case when o.path like :scope then 1 else 0 end
                    from campaign c join org_unit_view o on o.id = c.owner_org_id""").param("scope", user.subtreePattern()).query(rs -> {
                all[0]++;
                if (rs.getInt(2) == 1) {
                    own.add(rs.getLong(1));
                }
            });
            return new Reach(MeasureScope.of(user), own, own.size() == all[0], SupervisedUnits.of(jdbc, user));
        }

        /**
         * The organisation whose {@code measure_unit} key is the whole visibility condition for
         * this campaign filter; null when ownership of a campaign enters the condition.
         */
        Long unitKey(Long campaignFilter) {
            boolean owned = campaignFilter != null && ownCampaigns.contains(campaignFilter);
            return owned || ownsEveryCampaign || !ownCampaigns.isEmpty() || !supervised.isEmpty()
                    ? null
                    : scope.orgId();
        }
    }

    MeasureConditions visibleTo(JdbcClient jdbc, CurrentUser user, Long campaignFilter) {
        return visibleTo(Reach.of(jdbc, user), campaignFilter);
    }

    /**
     * A measure is visible to the subtree of its campaign's owner (the office), of its lead
     * unit and of each co-unit, and to the supervisors of any of those units. Within a campaign
     * the user's subtree owns, every measure is visible, so the condition is left out: the
     * office's ledger is then a plain indexed scan. When the user's subtree owns every campaign
     * there is, owning is the whole condition.
     */
    MeasureConditions visibleTo(Reach reach, Long campaignFilter) {
        List<Long> ownCampaigns = reach.ownCampaigns();
        if (campaignFilter != null && ownCampaigns.contains(campaignFilter)) {
            return this;
        }
        if (!ownCampaigns.isEmpty()) {
            params.put("ownCampaigns", ownCampaigns);
        }
        if (reach.ownsEveryCampaign()) {
            sql.append(ownCampaigns.isEmpty() ? " and 1 = 0" : " and m.campaign_id in (:ownCampaigns)");
            return this;
        }
        String owned = ownCampaigns.isEmpty() ? "" : "m.campaign_id in (:ownCampaigns) or ";
        sql.append(" and (").append(owned).append(assigned(reach.scope(), "scopeOrg", "vu"));
        if (!reach.supervised().isEmpty()) {
            sql.append(" or exists (select 1 from measure_unit sv where sv.org_id in (:supervised)")
                    .append(" and sv.measure_id = m.id)");
            params.put("supervised", reach.supervised());
        }
        sql.append(')');
        return this;
    }

    /**
     * Visibility and the filter. A unit filter inside the user's own subtree needs no
     * visibility condition: what is assigned there is assigned to the user's subtree too.
     */
    MeasureConditions visibleWith(Reach reach, MeasureFilter filter, MeasureScope unit) {
        if (unit == null || !reach.scope().covers(unit)) {
            visibleTo(reach, filter.campaignId());
        }
        return add(filter, unit);
    }

    /** The filter's conditions; {@code unit} is the unit filter's subtree, null for no unit filter. */
    MeasureConditions add(MeasureFilter f, MeasureScope unit) {
        if (drivingOrg == null) {
            // A walked measure_unit key holds no removed measure (see MeasureRepository#setRemoval).
            sql.append(" and ").append(Removal.live("m"));
        }
        if (unit != null) {
            sql.append(" and ").append(assigned(unit, "unitOrg", "uu"));
        }
        if (f.campaignId() != null) {
            // A walked measure_unit row carries its campaign: the key answers it (see MeasureWalk).
            condition((drivingOrg != null ? "d" : "m") + ".campaign_id = :campaign", "campaign", f.campaignId());
        }
        if (f.problemId() != null) {
            condition("m.problem_id = :problem", "problem", f.problemId());
        }
        if (!f.statuses().isEmpty()) {
            condition("m.status in (:statuses)", "statuses", names(f.statuses()));
        }
        if (!f.warnings().isEmpty()) {
            condition("m.warning in (:warnings)", "warnings", names(f.warnings()));
        }
        if (!f.types().isEmpty()) {
            condition("m.type in (:types)", "types", names(f.types()));
        }
        if (f.deadlineFrom() != null) {
            condition("m.deadline >= :from", "from", f.deadlineFrom());
        }
        if (f.deadlineTo() != null) {
            condition("m.deadline <= :to", "to", f.deadlineTo());
        }
        if (f.unsigned()) {
            sql.append(" and m.unsigned_since is not null");
        }
        if (f.textDefects()) {
            sql.append(" and ").append(OPEN_TEXT_DEFECT);
        }
        if (f.keyword() != null && !f.keyword().isBlank()) {
            containingAny(List.of(f.keyword().strip()));
        }
        return this;
    }

    /** The measures of the problems of one section of the campaign; null for every section. */
    MeasureConditions inSection(Long section) {
        if (section != null) {
            condition(
                    "m.problem_id in (select sp.id from problem sp where sp.section_id = :section)",
                    "section",
                    section);
        }
        return this;
    }

    /** Title or text holding any of the forms, each matched literally (see {@link KeywordForms}). */
    MeasureConditions containingAny(List<String> forms) {
        StringBuilder any = new StringBuilder();
        for (int i = 0; i < forms.size(); i++) {
            any.append(i == 0 ? "" : " or ")
                    .append("m.title like :kw")
                    .append(i)
                    .append(" escape '\\'")
                    .append(" or m.body like :kw")
                    .append(i)
                    .append(" escape '\\'");
            params.put("kw" + i, "%" + escapeLike(forms.get(i)) + "%");
        }
        if (!forms.isEmpty()) {
            sql.append(" and (").append(any).append(')');
        }
        return this;
    }

    /** The scope's condition; none for the organisation whose {@code measure_unit} rows the query walks. */
    private String assigned(MeasureScope scope, String name, String alias) {
        return drivingOrg != null && drivingOrg.equals(scope.orgId()) ? "1 = 1" : scope.assignedTo(name, alias, params);
    }

    private void condition(String condition, String name, Object value) {
        sql.append(" and ").append(condition);
        params.put(name, value);
    }

    private static List<String> names(java.util.Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.toList());
    }

    /** The keyword is matched literally: % and _ typed by a user are not wildcards. */
    private static String escapeLike(String keyword) {
        return keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
