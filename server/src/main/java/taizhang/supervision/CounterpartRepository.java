package taizhang.supervision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;

/** Who supervises which unit: the assignments and the 督导组 with their members. */
@Repository
class CounterpartRepository {

    private final JdbcClient jdbc;

    CounterpartRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertGroup(String name, String leader, long ownerOrgId, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into supervision_group (name, leader, owner_org_id, created_by, created_at)
                values (:name, :leader, :owner, :by, :at)""")
                .param("name", name)
                .param("leader", leader)
                .param("owner", ownerOrgId)
                .param("by", by)
                .param("at", Jdbc.utc(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void addMember(long groupId, long userId) {
        jdbc.sql("insert into supervision_group_member (group_id, user_id) values (:g, :u)")
                .param("g", groupId)
                .param("u", userId)
                .update();
    }

    Optional<SupervisionGroup> group(long id) {
        return jdbc.sql("select * from supervision_group where id = :id")
                .param("id", id)
                .query((rs, n) -> new SupervisionGroup(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("leader"),
                        rs.getLong("owner_org_id"),
                        members(rs.getLong("id"))))
                .optional();
    }

    /** The groups formed by offices within the subtree, in the order they were formed. */
    List<SupervisionGroup> groups(String subtreePattern) {
        return jdbc
                .sql("""
                select g.* from supervision_group g join org_unit_view o on o.id = g.owner_org_id
                where o.path like :scope order by g.id""")
                .param("scope", subtreePattern)
                .query((rs, n) -> new SupervisionGroup(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("leader"),
                        rs.getLong("owner_org_id"),
                        List.of()))
                .list()
                .stream()
                .map(g -> new SupervisionGroup(g.id(), g.name(), g.leader(), g.ownerOrgId(), members(g.id())))
                .toList();
    }

    List<Long> members(long groupId) {
        return jdbc.sql("select user_id from supervision_group_member where group_id = :g order by user_id")
                .param("g", groupId)
                .query(Long.class)
                .list();
    }

    long assign(long orgId, Long userId, Long groupId, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into supervision_assignment (org_id, user_id, group_id, assigned_by, assigned_at)
                values (:org, :user, :group, :by, :at)""")
                .param("org", orgId)
                .param("user", userId)
                .param("group", groupId)
                .param("by", by)
                .param("at", Jdbc.utc(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean exists(long orgId, Long userId, Long groupId) {
        return jdbc.sql("""
                        select count(*) from supervision_assignment
                        where org_id = :org and (user_id = :user or group_id = :group)""")
                        .param("org", orgId)
                        .param("user", userId == null ? -1L : userId)
                        .param("group", groupId == null ? -1L : groupId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<Assignment> assignment(long id) {
        return jdbc.sql("select * from supervision_assignment where id = :id")
                .param("id", id)
                .query(CounterpartRepository::assignment)
                .optional();
    }

    boolean unassign(long id) {
        return jdbc.sql("delete from supervision_assignment where id = :id")
                        .param("id", id)
                        .update()
                > 0;
    }

    /** The assignments of the units within the subtree, by unit. */
    List<Assignment> assignments(String subtreePattern) {
        return jdbc.sql("""
                select a.* from supervision_assignment a join org_unit_view o on o.id = a.org_id
                where o.path like :scope order by o.path, a.id""")
                .param("scope", subtreePattern)
                .query(CounterpartRepository::assignment)
                .list();
    }

    /** The assignments that give this user its reach: its own and its groups'. */
    List<Assignment> assignmentsOf(long userId) {
        return jdbc.sql("""
                select a.* from supervision_assignment a where a.user_id = :u
                or a.group_id in (select m.group_id from supervision_group_member m where m.user_id = :u)
                order by a.org_id, a.id""")
                .param("u", userId)
                .query(CounterpartRepository::assignment)
                .list();
    }

    private static Assignment assignment(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Assignment(
                rs.getLong("id"),
                rs.getLong("org_id"),
                Jdbc.nullableLong(rs, "user_id"),
                Jdbc.nullableLong(rs, "group_id"),
                rs.getString("assigned_by"),
                Jdbc.instant(rs, "assigned_at"));
    }

    /** One unit supervised by a person or by a group (exactly one of the two). */
    record Assignment(long id, long orgId, Long userId, Long groupId, String assignedBy, Instant assignedAt) {}
}
