package taizhang.org;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;

@Repository
class OrgRepository {

    private static final RowMapper<Organisation> ROW = (rs, n) -> new Organisation(
            rs.getLong("id"),
            Jdbc.nullableLong(rs, "parent_id"),
            rs.getString("name"),
            OrgKind.valueOf(rs.getString("kind")),
            rs.getString("admin_code"),
            rs.getString("path"));

    private final JdbcClient jdbc;
    private final Clock clock;

    OrgRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Organisation> find(long id) {
        return jdbc.sql("select * from organisation where id = :id")
                .param("id", id)
                .query(ROW)
                .optional();
    }

    Optional<Organisation> findByName(String name) {
        return jdbc.sql("select * from organisation where name = :name")
                .param("name", name)
                .query(ROW)
                .optional();
    }

    List<Organisation> subtree(String pathPattern) {
        return jdbc.sql("select * from organisation where path like :p order by path, sort_order, id")
                .param("p", pathPattern)
                .query(ROW)
                .list();
    }

    List<Organisation> all() {
        return jdbc.sql("select * from organisation order by path, sort_order, id")
                .query(ROW)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from organisation").query(Long.class).single();
    }

    /** Inserts the node, then sets its path, which contains its own id. */
    Organisation insert(Long parentId, String parentPath, String name, OrgKind kind, String adminCode) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into organisation (parent_id, name, kind, admin_code, path, created_at)
                values (:parent, :name, :kind, :code, '/', :at)""")
                .param("at", Jdbc.utc(clock.instant()))
                .param("parent", parentId)
                .param("name", name)
                .param("kind", kind.name())
                .param("code", adminCode)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        String path = Organisation.childPath(parentPath, id);
        jdbc.sql("update organisation set path = :path where id = :id")
                .param("path", path)
                .param("id", id)
                .update();
        return new Organisation(id, parentId, name, kind, adminCode, path);
    }

    /** The organisations the administrator deactivated; few, so the pages mark them from this set. */
    Set<Long> inactiveIds() {
        return new HashSet<>(jdbc.sql("select id from organisation where not active")
                .query(Long.class)
                .list());
    }

    boolean isActive(long id) {
        return jdbc.sql("select active from organisation where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    void setActive(long id, boolean active) {
        jdbc.sql("update organisation set active = :active where id = :id")
                .param("active", active)
                .param("id", id)
                .update();
    }

    List<String> activeChildren(long id) {
        return jdbc.sql("select name from organisation where parent_id = :id and active order by sort_order, id")
                .param("id", id)
                .query(String.class)
                .list();
    }

    /** Puts the node under a new parent: its path and every descendant's path take the new prefix. */
    void move(Organisation node, Organisation newParent, String newPath) {
        jdbc.sql("""
                update organisation set path = :prefix || substr(path, :rest)
                where path like :subtree""")
                .param("prefix", newPath)
                .param("rest", node.path().length() + 1)
                .param("subtree", node.path() + "%")
                .update();
        jdbc.sql("update organisation set parent_id = :parent where id = :id")
                .param("parent", newParent.id())
                .param("id", node.id())
                .update();
    }

    void rename(long id, String name, String adminCode) {
        jdbc.sql("update organisation set name = :name, admin_code = :code where id = :id")
                .param("name", name)
                .param("code", adminCode)
                .param("id", id)
                .update();
    }
}
