package taizhang.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;
import taizhang.shared.Role;

@Repository
class UserRepository {

    /** A user with what login needs: the hash, the organisation's path and the security stamp. */
    record Credentials(
            User user, String passwordHash, String organisationPath, long securityStamp, boolean mustChangePassword) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    UserRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Credentials> findByUsername(String username) {
        return credentials("u.username = :username", Map.of("username", username));
    }

    Optional<Credentials> findById(long id) {
        return credentials("u.id = :id", Map.of("id", id));
    }

    /** A token's holder, with the token's id and end. */
    record TokenCredentials(Credentials credentials, long tokenId, Instant expiresAt) {}

    /** The holder of a valid (not revoked, not expired) API token with this hash. */
    Optional<TokenCredentials> findByToken(String tokenHash, Instant now) {
        List<TokenCredentials> rows = jdbc.sql("""
                select u.*, o.path, r.role, t.id as token_id, t.expires_at as token_expires_at
                from api_token t join app_user u on u.id = t.user_id
                join org_unit_view o on o.id = u.organisation_id left join user_role r on r.user_id = u.id
                where t.token_hash = :hash and not t.revoked and t.expires_at > :now""")
                .param("hash", tokenHash)
                .param("now", Jdbc.utc(now))
                .query((rs, n) -> new TokenCredentials(
                        credentialsRow(rs), rs.getLong("token_id"), Jdbc.instant(rs, "token_expires_at")))
                .list();
        return folded(rows.stream().map(TokenCredentials::credentials).toList())
                .map(c -> new TokenCredentials(
                        c, rows.get(0).tokenId(), rows.get(0).expiresAt()));
    }

    /** The stamp alone, which every request of a session checks: one lookup by primary key. */
    OptionalLong securityStamp(long id) {
        return jdbc.sql("select security_stamp from app_user where id = :id")
                .param("id", id)
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    // One row per role (one row when there is none): signing in, which every API request does, is one query.
    private Optional<Credentials> credentials(String condition, Map<String, Object> params) {
        return folded(jdbc.sql("select u.*, o.path, r.role from app_user u"
                        + " join org_unit_view o on o.id = u.organisation_id left join user_role r on r.user_id = u.id"
                        + " where " + condition)
                .params(params)
                .query((rs, n) -> credentialsRow(rs))
                .list());
    }

    private static Credentials credentialsRow(ResultSet rs) throws SQLException {
        return new Credentials(
                userWithRowsRole(rs),
                rs.getString("password_hash"),
                rs.getString("path"),
                rs.getLong("security_stamp"),
                rs.getBoolean("must_change_password"));
    }

    private static Optional<Credentials> folded(List<Credentials> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Credentials first = rows.get(0);
        return Optional.of(new Credentials(
                withRolesFolded(rows.stream().map(Credentials::user).toList()).get(0),
                first.passwordHash(),
                first.organisationPath(),
                first.securityStamp(),
                first.mustChangePassword()));
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

    long insert(
            String username,
            String displayName,
            long organisationId,
            String passwordHash,
            Set<Role> roles,
            boolean mustChangePassword) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into app_user (username, display_name, organisation_id, password_hash, must_change_password,
                                      created_at)
                values (:username, :name, :org, :hash, :mustChange, :at)""")
                .param("at", Jdbc.utc(clock.instant()))
                .param("username", username)
                .param("name", displayName)
                .param("org", organisationId)
                .param("hash", passwordHash)
                .param("mustChange", mustChangePassword)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertRoles(id, roles);
        return id;
    }

    private void insertRoles(long userId, Set<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (:u, :r)")
                    .param("u", userId)
                    .param("r", role.name())
                    .update();
        }
    }

    /** A new password; the stamp moves, which ends the user's sessions that signed in with the old one. */
    void updatePassword(long userId, String passwordHash, boolean mustChangePassword) {
        jdbc.sql("""
                update app_user set password_hash = :hash, must_change_password = :mustChange,
                       security_stamp = security_stamp + 1, version = version + 1
                where id = :id""")
                .param("hash", passwordHash)
                .param("mustChange", mustChangePassword)
                .param("id", userId)
                .update();
    }

    /** The users of a subtree who still owe the change of a password someone else set. */
    Set<Long> owingPasswordChange(String subtreePattern) {
        return Set.copyOf(
                jdbc.sql("""
                select u.id from app_user u
                where u.must_change_password
                  and u.organisation_id in (select o.id from org_unit_view o where o.path like :scope)""").param("scope", subtreePattern).query(Long.class).list());
    }

    long enabledIn(long organisationId) {
        return jdbc.sql("select count(*) from app_user where organisation_id = :org and enabled")
                .param("org", organisationId)
                .query(Long.class)
                .single();
    }

    /** Moves the stamps of a subtree's users: their organisation's path changed, their sessions take the new one. */
    void touchSubtree(String subtreePattern) {
        jdbc.sql("""
                update app_user set security_stamp = security_stamp + 1
                where organisation_id in (select o.id from org_unit_view o where o.path like :scope)""").param("scope", subtreePattern).update();
    }

    void updateEnabled(long userId, boolean enabled) {
        jdbc.sql("""
                update app_user set enabled = :enabled, security_stamp = security_stamp + 1, version = version + 1
                where id = :id""").param("enabled", enabled).param("id", userId).update();
    }

    void updateOrganisation(long userId, long organisationId) {
        jdbc.sql("""
                update app_user set organisation_id = :org, security_stamp = security_stamp + 1, version = version + 1
                where id = :id""").param("org", organisationId).param("id", userId).update();
    }

    void replaceRoles(long userId, Set<Role> roles) {
        jdbc.sql("delete from user_role where user_id = :u").param("u", userId).update();
        insertRoles(userId, roles);
        jdbc.sql("update app_user set security_stamp = security_stamp + 1, version = version + 1 where id = :id")
                .param("id", userId)
                .update();
    }
}
