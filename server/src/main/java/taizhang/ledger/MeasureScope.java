package taizhang.ledger;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An organisation subtree, resolved before a measure query so that the query needs no path
 * matching: below the root it is the organisation's id, matched in {@code measure_unit}; the
 * root (rare as a filter, and whose users own their campaigns anyway) keeps the list of ids.
 */
record MeasureScope(Long orgId, List<Long> subtree) {

    /** Nothing: a unit filter naming no organisation. */
    static final MeasureScope NONE = new MeasureScope(null, List.of(-1L));

    /** The subtree of the organisation with this path; its LIKE pattern ({@code path%}) is accepted too. */
    static MeasureScope of(JdbcClient jdbc, String pathOrPattern) {
        String path = pathOrPattern.endsWith("%") ? pathOrPattern.substring(0, pathOrPattern.length() - 1)
                : pathOrPattern;
        // Read the row fully before the next query: a query inside a row mapper would hold one
        // pooled connection while waiting for another.
        List<Long> row = jdbc.sql("select id, coalesce(parent_id, -1) from organisation where path = :p")
                .param("p", path).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).optional().orElse(null);
        if (row == null) {
            return NONE;
        }
        return row.get(1) == -1 ? new MeasureScope(null, subtree(jdbc, path)) : new MeasureScope(row.get(0), List.of());
    }

    /** Led by or co-assigned to an organisation of this subtree; binds its values under {@code name}. */
    String assignedTo(String name, String alias, java.util.Map<String, Object> params) {
        if (orgId != null) {
            params.put(name, orgId);
            return "exists (select 1 from measure_unit " + alias + " where " + alias + ".org_id = :" + name + " and "
                    + alias + ".measure_id = m.id)";
        }
        params.put(name, subtree.isEmpty() ? List.of(-1L) : subtree);
        return "(m.lead_org_id in (:" + name + ") or exists (select 1 from measure_co_unit " + alias + " where "
                + alias + ".measure_id = m.id and " + alias + ".org_id in (:" + name + ")))";
    }

    private static List<Long> subtree(JdbcClient jdbc, String path) {
        return jdbc.sql("select id from organisation where path like :p").param("p", path + "%").query(Long.class)
                .list();
    }
}
