package taizhang.ledger;

import java.util.Map;
import java.util.stream.Collectors;

/** Appends a filter's optional conditions to a measure query, every value bound, nothing spliced. */
record MeasureConditions(StringBuilder sql, Map<String, Object> params) {

    void add(MeasureFilter f, String unitScope, String unitCondition) {
        if (f.campaignId() != null) {
            condition("m.campaign_id = :campaign", "campaign", f.campaignId());
        }
        if (f.problemId() != null) {
            condition("m.problem_id = :problem", "problem", f.problemId());
        }
        if (unitScope != null) {
            condition(unitCondition, "unitScope", unitScope);
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
