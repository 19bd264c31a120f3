package taizhang.shared;

import java.util.Map;

/**
 * A rule's condition in SQL, for the queries that must count in the database (the dashboard and
 * the statistics at a million measures): written once beside the Java rule it mirrors, with the
 * values it binds, so that no query re-types what the rule says.
 *
 * @param sql the condition over the aliases the rule names, with named parameters
 * @param params the values of those parameters
 */
public record SqlCondition(String sql, Map<String, Object> params) {

    public SqlCondition {
        params = Map.copyOf(params);
    }

    /** 1 where the condition holds and 0 elsewhere, for {@code sum(…)} in a grouped count. */
    public String asCount() {
        return "case when " + sql + " then 1 else 0 end";
    }
}
