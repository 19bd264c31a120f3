package taizhang.user;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
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
 * unlock. Each moves the user's security stamp, so it holds from the user's next request in
 * every session on every node (tokens read the user afresh on every request anyway).
 */
@Service
public class UserAdmin {

    private final UserRepository users;
    private final OrgService organisations;
    private final LoginThrottle throttle;
    private final AuditTrail audit;

    UserAdmin(UserRepository users, OrgService organisations, LoginThrottle throttle, AuditTrail audit) {
        this.users = users;
        this.organisations = organisations;
        this.throttle = throttle;
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
        Organisation target = organisations.get(admin, organisationId);
        users.updateOrganisation(userId, target.id());
        return recorded(admin, "user.organisation", before);
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
