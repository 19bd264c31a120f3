package taizhang.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A list's rows narrowed to what {@link SupervisionAccess} lets the reader see, in SQL: the unit of
 * the row in one of the subtrees, or the row recorded by the reader. Every value bound.
 */
final class ListScope {

    private ListScope() {}

    /**
     * The condition on a table aliased {@code alias} with {@code org_id} and {@code recorder_id};
     * "1 = 1" when {@code subtrees} is null (the whole campaign).
     */
    static String condition(String alias, List<String> subtrees, long reader, Map<String, Object> params) {
        if (subtrees == null) {
            return "1 = 1";
        }
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < subtrees.size(); i++) {
            paths.add("so.path like :subtree" + i);
            params.put("subtree" + i, subtrees.get(i) + "%");
        }
        params.put("reader", reader);
        String within = paths.isEmpty()
                ? ""
                : "exists (select 1 from org_unit_view so where so.id = " + alias + ".org_id and ("
                        + String.join(" or ", paths) + ")) or ";
        return "(" + within + alias + ".recorder_id = :reader)";
    }
}
