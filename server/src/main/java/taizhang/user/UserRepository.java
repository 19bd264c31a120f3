package taizhang.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;
import taizhang.shared.Role;

@Repository
class UserRepository {

    /** A user with what login needs: the hash and the organisation's path. */
    record Credentials(
            User user, String passwordHash, String organisationPath, int failedLogins, Instant lockedUntil) {}

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Credentials> findByUsername(String username) {
        return credentials("u.username = :username", Map.of("username", username));
    }

    /** The holder of a valid (not revoked, not expired) API token with this hash. */
    Optional<Credentials> findByToken(String tokenHash, Instant now) {
        return credentials("""
                u.id = (select t.user_id from api_token t where t.token_hash = :hash and not t.revoked
                        and (t.expires_at is null or t.expires_at > :now))""", Map.of("hash", tokenHash, "now", Jdbc.utc(now)));
    }

    // One row per role (one row when there is none): signing in, which every API request does, is one query.
    private Optional<Credentials> credentials(String condition, Map<String, Object> params) {
        List<Credentials> rows = jdbc.sql("select u.*, o.path, r.role from app_user u"
                        + " join org_unit_view o on o.id = u.organisation_id left join user_role r on r.user_id = u.id"
                        + " where " + condition)
                .params(params)
                .query((rs, n) -> new Credentials(
                        userWithRowsRole(rs),
                        rs.getString("password_hash"),
                        rs.getString("path"),
                        rs.getInt("failed_logins"),
                        Jdbc.instant(rs, "locked_until")))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Credentials first = rows.get(0);
        return Optional.of(new Credentials(
                withRolesFolded(rows.stream().map(Credentials::user).toList()).get(0),
                first.passwordHash(),
                first.organisationPath(),
                first.failedLogins(),
                first.lockedUntil()));
    }

    /** The users of the organisations in a subtree ({@code /1/24/%}), with their roles, in id order. */
    List<User> inSubtree(String subtreePattern) {
        return withRolesFolded(jdbc.sql("""
                select u.id, u.username, u.display_name, u.organisation_id, u.enabled, r.role
                from app_user u left join user_role r on r.user_id = u.id
                where u.organisation_id in (select o.id from org_unit_view o where o.path like :scope) order by u.id""")
                .param("scope", subtreePattern)
                .query((rs, n) -> userWithRowsRole(rs))
                .list());
    }

    /** The enabled users holding any of the roles, with all their roles, in id order. */
    List<User> withAnyRole(Set<Role> wanted) {
        return withRolesFolded(jdbc.sql("""
                select u.id, u.username, u.display_name, u.organisation_id, u.enabled, r.role
                from app_user u join user_role r on r.user_id = u.id
                where u.enabled and u.id in (select w.user_id from user_role w where w.role in (:roles))
                order by u.id""")
                .param("roles", wanted.stream().map(Role::name).toList())
                .query((rs, n) -> userWithRowsRole(rs))
                .list());
    }

    Optional<User> find(long id) {
        return withRolesFolded(jdbc.sql("""
                        select u.id, u.username, u.display_name, u.organisation_id, u.enabled, r.role
                        from app_user u left join user_role r on r.user_id = u.id where u.id = :id""")
                        .param("id", id)
                        .query((rs, n) -> userWithRowsRole(rs))
                        .list())
                .stream()
                .findFirst();
    }

    /** A user row joined with {@code user_role}: the user with that row's role, if any. */
    private static User userWithRowsRole(ResultSet rs) throws SQLException {
        String role = rs.getString("role");
        return new User(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getLong("organisation_id"),
                role == null ? Set.of() : Set.of(Role.valueOf(role)),
                rs.getBoolean("enabled"));
    }

    /** One user per id, in the order first seen, holding the roles of all its rows. */
    private static List<User> withRolesFolded(List<User> rows) {
        Map<Long, User> users = new LinkedHashMap<>();
        Map<Long, EnumSet<Role>> roles = new HashMap<>();
        for (User row : rows) {
            users.putIfAbsent(row.id(), row);
            roles.computeIfAbsent(row.id(), id -> EnumSet.noneOf(Role.class)).addAll(row.roles());
        }
        return users.values().stream()
                .map(u -> new User(
                        u.id(), u.username(), u.displayName(), u.organisationId(), roles.get(u.id()), u.enabled()))
                .toList();
    }

    UserSettings settings(long userId) {
        return jdbc.sql("select email, email_notifications from app_user where id = :id")
                .param("id", userId)
                .query((rs, n) -> new UserSettings(rs.getString("email"), rs.getBoolean("email_notifications")))
                .single();
    }

    void updateSettings(long userId, UserSettings settings) {
        jdbc.sql(
                        "update app_user set email = :email, email_notifications = :mail, version = version + 1 where id = :id")
                .param("email", settings.email())
                .param("mail", settings.emailNotifications())
                .param("id", userId)
                .update();
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    long insert(String username, String displayName, long organisationId, String passwordHash, Set<Role> roles) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into app_user (username, display_name, organisation_id, password_hash)
                values (:username, :name, :org, :hash)""")
                .param("username", username)
                .param("name", displayName)
                .param("org", organisationId)
                .param("hash", passwordHash)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (:u, :r)")
                    .param("u", id)
                    .param("r", role.name())
                    .update();
        }
        return id;
    }

    long insertToken(long userId, String name, String tokenHash, Instant expiresAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into api_token (user_id, name, token_hash, expires_at) values (:u, :name, :hash, :expires)")
                .param("u", userId)
                .param("name", name)
                .param("hash", tokenHash)
                .param("expires", Jdbc.utc(expiresAt))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void recordLoginFailure(String username, int lockAfter, Instant lockUntil) {
        jdbc.sql("""
                update app_user set failed_logins = failed_logins + 1,
                       locked_until = case when failed_logins + 1 >= :lockAfter then :until else locked_until end
                where username = :username""")
                .param("lockAfter", lockAfter)
                .param("until", Jdbc.utc(lockUntil))
                .param("username", username)
                .update();
    }

    void recordLoginSuccess(String username) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where username = :username")
                .param("username", username)
                .update();
    }
}
