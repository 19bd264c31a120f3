package taizhang.user;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.Role;
import taizhang.shared.Sha256;

/** Users and their passwords. */
@Service
public class UserService {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** One @, no spaces, a dot in the domain, at most 254 characters: enough to catch a typing slip. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{3,64}");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final UserRepository users;
    private final OrgService organisations;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final AuditTrail audit;

    UserService(
            UserRepository users,
            OrgService organisations,
            PasswordEncoder passwords,
            LoginThrottle throttle,
            AuditTrail audit) {
        this.users = users;
        this.organisations = organisations;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    /**
     * What sign-in needs to know about a user: its hash, whether it may sign in, the identity it
     * acts with, and the security stamp its sessions compare on every request.
     */
    public record Login(
            CurrentUser user, String passwordHash, boolean enabled, long securityStamp, boolean mustChangePassword) {

        /** Tells one password hash from the next without keeping the hash in the session. */
        public String credentialKey() {
            return passwordHash == null
                    ? "external"
                    : Sha256.hex(passwordHash.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        }

        /** False for a user who signs in only through the body's identity system. */
        public boolean hasLocalPassword() {
            return passwordHash != null;
        }
    }

    public Optional<Login> login(String username) {
        return users.findByUsername(username).map(UserService::login);
    }

    public Optional<Login> login(long userId) {
        return users.findById(userId).map(UserService::login);
    }

    /** The user's current security stamp; empty when the user is gone. */
    public OptionalLong securityStamp(long userId) {
        return users.securityStamp(userId);
    }

    static Login login(UserRepository.Credentials c) {
        return new Login(
                new CurrentUser(
                        c.user().id(),
                        c.user().username(),
                        c.user().displayName(),
                        c.user().organisationId(),
                        c.organisationPath(),
                        c.user().roles()),
                c.passwordHash(),
                c.user().enabled(),
                c.securityStamp(),
                c.mustChangePassword());
    }

    /** The users of the administrator's subtree: an administrator of a city manages that city's users. */
    public List<User> all(CurrentUser admin) {
        requireAdmin(admin);
        return users.inSubtree(admin.subtreePattern());
    }

    /**
     * The enabled users holding any of these roles, wherever they work: the people an office may
     * name as counterpart supervisors (对口督导) or put in a 督导组. Names and organisations only.
     */
    public List<User> withAnyRole(Set<Role> roles) {
        return roles.isEmpty() ? List.of() : users.withAnyRole(roles);
    }

    /** Any user by id, unchecked: for code that resolves references it then checks itself. */
    public Optional<User> find(long id) {
        return users.find(id);
    }

    /** Of the administrator's users, those who must still replace a password someone else set. */
    public Set<Long> owingPasswordChange(CurrentUser admin) {
        requireAdmin(admin);
        return users.owingPasswordChange(admin.subtreePattern());
    }

    public boolean isEmpty() {
        return users.count() == 0;
    }

    /** Creates a user whose password the administrator chose: its owner replaces it at the first sign-in. */
    @Transactional
    public User create(
            CurrentUser admin,
            String username,
            String displayName,
            long organisationId,
            Set<Role> roles,
            String password) {
        requireAdmin(admin);
        Organisation org = organisations.requireActive(organisations.get(admin, organisationId), "单位");
        PasswordPolicy.check("password", username, password);
        return insert(admin.username(), username, displayName, org.id(), roles, password, true);
    }

    /**
     * Creates a user with no one acting, with a generated password: the first administrator and
     * the demo users. Whoever reads it from the first-start file replaces it at the first sign-in.
     */
    @Transactional
    public User createBySystem(
            String username, String displayName, long organisationId, Set<Role> roles, String password) {
        if (password == null || password.length() < PasswordPolicy.MIN_LENGTH) {
            throw new InvalidRequestException("password", "密码至少 " + PasswordPolicy.MIN_LENGTH + " 位");
        }
        return insert("system", username, displayName, organisationId, roles, password, true);
    }

    /**
     * The user replaces their own password, proving the current one. Guesses at the current one
     * count like sign-in attempts. The stamp moves: every other session of the user ends; the
     * caller renews its own.
     */
    @Transactional(noRollbackFor = InvalidRequestException.class)
    public Login changePassword(CurrentUser user, String currentPassword, String newPassword, String address) {
        LoginThrottle.Attempt attempt = throttle.take(user.username(), address);
        if (!attempt.allowed()) {
            throw new TooManyAttemptsException(throttle.window());
        }
        UserRepository.Credentials current = users.findById(user.id()).orElseThrow();
        if (current.passwordHash() == null) {
            throw new InvalidRequestException("currentPassword", "此账户通过统一身份认证登录，没有本地密码");
        }
        if (currentPassword == null || !passwords.matches(currentPassword, current.passwordHash())) {
            throw new InvalidRequestException("currentPassword", "当前密码不正确");
        }
        throttle.succeeded(attempt);
        PasswordPolicy.check("newPassword", user.username(), newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new InvalidRequestException("newPassword", "新密码不能与当前密码相同");
        }
        users.updatePassword(user.id(), passwords.encode(newPassword), false);
        audit.record(user.username(), "user.password", "user", user.id(), null, Map.of("by", "self"));
        return login(user.id()).orElseThrow();
    }

    public UserSettings settings(CurrentUser user) {
        return users.settings(user.id());
    }

    /** Changes the user's own settings; a blank address is none. */
    @Transactional
    public UserSettings updateSettings(CurrentUser user, String email, boolean emailNotifications) {
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null
                && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
            throw new InvalidRequestException("email", "电子邮箱格式不正确：" + address);
        }
        UserSettings before = users.settings(user.id());
        UserSettings after = new UserSettings(address, emailNotifications);
        users.updateSettings(user.id(), after);
        audit.record(user.username(), "user.settings", "user", user.id(), before, after);
        return after;
    }

    public static String randomPassword() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private User insert(
            String actor,
            String username,
            String displayName,
            long organisationId,
            Set<Role> roles,
            String password,
            boolean mustChangePassword) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidRequestException("username", "用户名为 3 到 64 位字母、数字或 _ . -");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw new InvalidRequestException("displayName", "姓名不能为空，最多 100 字");
        }
        if (roles == null || roles.isEmpty()) {
            throw new InvalidRequestException("roles", "至少需要一个角色");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new InvalidRequestException("username", "用户名已存在：" + username);
        }
        long id = users.insert(
                username, displayName, organisationId, passwords.encode(password), roles, mustChangePassword);
        User user = new User(id, username, displayName, organisationId, Set.copyOf(roles), true);
        audit.record(actor, "user.create", "user", id, null, user);
        return user;
    }

    static void requireAdmin(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new ForbiddenException("只有系统管理员可以管理用户");
        }
    }
}
