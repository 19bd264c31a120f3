package taizhang.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The names of units, read by id through the tree's view: the tree has a few hundred rows. */
@Repository
class UnitNames {

    private final JdbcClient jdbc;

    UnitNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The names of these units by id; unknown ids and nulls are left out. */
    Map<Long, String> of(Collection<Long> orgIds) {
        Map<Long, String> names = new HashMap<>();
        Collection<Long> ids = new HashSet<>(orgIds);
        ids.remove(null);
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, name from org_unit_view where id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return names;
    }

    /** The ids of units by name (the audit trail names units in hand edits); unknown names are left out. */
    Map<String, Long> idsOf(Collection<String> names) {
        Map<String, Long> ids = new HashMap<>();
        Collection<String> wanted = new HashSet<>(names);
        wanted.remove(null);
        if (wanted.isEmpty()) {
            return ids;
        }
        jdbc.sql("select name, id from org_unit_view where name in (:names) order by id desc")
                .param("names", wanted)
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                });
        return ids;
    }
}
