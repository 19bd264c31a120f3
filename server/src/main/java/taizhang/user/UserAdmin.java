package taizhang.user;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.NotFoundException;
import taizhang.shared.Role;

/**
 * The administrator's changes to a user of its subtree: disable, enable, roles, organisation,
 * password reset, unlock. Each moves the user's security stamp, so it holds from the user's next request in
 * every session on every node (tokens read the user afresh on every request anyway).
 */
@Service
public class UserAdmin {

    private final UserRepository users;
    private final ApiTokenRepository tokens;
    private final OrgService organisations;
    private final LoginThrottle throttle;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;

    UserAdmin(
            UserRepository users,
            ApiTokenRepository tokens,
            OrgService organisations,
            LoginThrottle throttle,
            PasswordEncoder passwords,
            AuditTrail audit) {
        this.users = users;
        this.tokens = tokens;
        this.organisations = organisations;
        this.throttle = throttle;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Transactional
    public User setEnabled(CurrentUser admin, long userId, boolean enabled) {
        User before = managed(admin, userId);
        if (!enabled && userId == admin.id()) {
            throw new InvalidRequestException("enabled", "不能停用自己的账户");
        }
        users.updateEnabled(userId, enabled);
        return recorded(admin, enabled ? "user.enable" : "user.disable", before);
    }

    @Transactional
    public User setRoles(CurrentUser admin, long userId, Set<Role> roles) {
        User before = managed(admin, userId);
        if (roles == null || roles.isEmpty()) {
            throw new InvalidRequestException("roles", "至少需要一个角色");
        }
        if (userId == admin.id() && !roles.contains(Role.ADMIN)) {
            throw new InvalidRequestException("roles", "不能取消自己的系统管理员角色");
        }
        users.replaceRoles(userId, EnumSet.copyOf(roles));
        return recorded(admin, "user.roles", before);
    }

    @Transactional
    public User move(CurrentUser admin, long userId, long organisationId) {
        User before = managed(admin, userId);
        Organisation target = organisations.requireActive(organisations.get(admin, organisationId), "单位");
        users.updateOrganisation(userId, target.id());
        return recorded(admin, "user.organisation", before);
    }

    /**
     * Gives the user a new generated password, shown to the administrator this once, which the user
     * must replace at the next sign-in. Whoever may have known the old one is out: the user's
     * sessions end, its API tokens are revoked (tokens made after the user's own change work), and
     * the sign-in limits are lifted. The password is not in the audit trail.
     */
    @Transactional
    public String resetPassword(CurrentUser admin, long userId) {
        User user = managed(admin, userId);
        String password = UserService.randomPassword();
        users.updatePassword(userId, passwords.encode(password), true);
        int revoked = tokens.revokeAll(userId);
        throttle.clear(user.username());
        audit.record(
                admin.username(),
                "user.password.reset",
                "user",
                userId,
                null,
                Map.of("username", user.username(), "tokensRevoked", revoked));
        return password;
    }

    /** Lifts the limits on the user's sign-in attempts. */
    @Transactional
    public void unlock(CurrentUser admin, long userId) {
        User user = managed(admin, userId);
        throttle.clear(user.username());
        audit.record(admin.username(), "user.unlock", "user", userId, null, Map.of("username", user.username()));
    }

    /** A user of the administrator's subtree; any other is not found. */
    User managed(CurrentUser admin, long userId) {
        UserService.requireAdmin(admin);
        return users.findById(userId)
                .filter(c -> admin.covers(c.organisationPath()))
                .map(UserRepository.Credentials::user)
                .orElseThrow(() -> NotFoundException.of("用户", userId));
    }

    private User recorded(CurrentUser admin, String action, User before) {
        User after = users.findById(before.id()).orElseThrow().user();
        audit.record(admin.username(), action, "user", before.id(), before, after);
        return after;
    }
}
