package taizhang.support;

import java.util.EnumSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import taizhang.org.OrgKind;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.user.ApiTokens;
import taizhang.user.User;
import taizhang.user.UserService;

/**
 * Users and tokens for tests, on the demo organisation tree. Names are unique per call, so
 * tests share one database (H2 or PostgreSQL) without stepping on each other.
 */
@Component
public class Fixtures {

    private final UserService users;
    private final ApiTokens tokens;
    private final OrgService organisations;
    private final JdbcClient jdbc;

    Fixtures(UserService users, ApiTokens tokens, OrgService organisations, JdbcClient jdbc) {
        this.users = users;
        this.tokens = tokens;
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    /** A signed-in user with an API token. */
    public record Actor(CurrentUser user, String token) {
        public String bearer() {
            return "Bearer " + token;
        }
    }

    public Organisation org(String name) {
        return organisations.findByName(name).orElseThrow(() -> new IllegalStateException("no demo org " + name));
    }

    /**
     * A unit user of a county made for the calling test under {@code parentName}: a page of the
     * unit's own (我的任务, 20 measures a page, soonest deadline first) then holds only the test's
     * measures, whatever other tests sharing the database gave the demo's units.
     */
    public Actor ownUnit(String parentName) {
        Organisation own =
                organisations.createBySystem(org(parentName), "测试单位-" + UUID.randomUUID(), OrgKind.COUNTY, null);
        return actor(own.name(), Role.UNIT);
    }

    public Actor actor(String orgName, Role... roles) {
        Organisation org = org(orgName);
        String username = roles[0].name().toLowerCase() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        User user =
                users.createBySystem(username, username, org.id(), EnumSet.of(roles[0], roles), "password-" + username);
        // A generated password must be replaced at the first sign-in; a test's user signs in with the one
        // the test gave it, unless the test makes its user through the administrator to see that change.
        jdbc.sql("update app_user set must_change_password = false where id = :id")
                .param("id", user.id())
                .update();
        CurrentUser current = new CurrentUser(user.id(), username, username, org.id(), org.path(), user.roles());
        // The longest a token may live (365 days): stories move their clock on by months.
        return new Actor(current, tokens.issue(current, "test", 365, null).token());
    }
}
