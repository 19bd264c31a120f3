package taizhang.user;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
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

/** Users, their passwords and their API tokens. */
@Service
public class UserService {

    /** Failed logins in a row after which an account is locked for {@link #LOCK_DURATION}. */
    public static final int LOCK_AFTER = 5;

    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private static final SecureRandom RANDOM = new SecureRandom();

    /** One @, no spaces, a dot in the domain, at most 254 characters: enough to catch a typing slip. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final UserRepository users;
    private final OrgService organisations;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    UserService(
            UserRepository users, OrgService organisations, PasswordEncoder passwords, AuditTrail audit, Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /** What login needs to know about a user: its hash, lock state and the identity it acts with. */
    public record Login(CurrentUser user, String passwordHash, boolean enabled, boolean locked) {}

    public Optional<Login> login(String username) {
        return users.findByUsername(username).map(this::login);
    }

    public Optional<Login> loginByToken(String rawToken) {
        return users.findByToken(sha256(rawToken), clock.instant())
                .map(this::login)
                .filter(l -> l.enabled() && !l.locked());
    }

    private Login login(UserRepository.Credentials c) {
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
                c.lockedUntil() != null && c.lockedUntil().isAfter(clock.instant()));
    }

    public void recordLoginFailure(String username) {
        users.recordLoginFailure(username, LOCK_AFTER, clock.instant().plus(LOCK_DURATION));
    }

    public void recordLoginSuccess(String username) {
        users.recordLoginSuccess(username);
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

    public boolean isEmpty() {
        return users.count() == 0;
    }

    @Transactional
    public User create(
            CurrentUser admin,
            String username,
            String displayName,
            long organisationId,
            Set<Role> roles,
            String password) {
        requireAdmin(admin);
        Organisation org = organisations.get(admin, organisationId);
        return insert(admin.username(), username, displayName, org.id(), roles, password);
    }

    /** Creates a user with no one acting: the first administrator and the demo users. */
    @Transactional
    public User createBySystem(
            String username, String displayName, long organisationId, Set<Role> roles, String password) {
        return insert("system", username, displayName, organisationId, roles, password);
    }

    /** Issues a personal API token; the raw value is returned this once and only its hash is kept. */
    @Transactional
    public String issueToken(CurrentUser user, String name, Duration validity) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String raw = "tz_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expires = validity == null ? null : clock.instant().plus(validity);
        long id = users.insertToken(user.id(), name, sha256(raw), expires);
        audit.record(user.username(), "token.issue", "api_token", id, null, java.util.Map.of("name", name));
        return raw;
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
            String actor, String username, String displayName, long organisationId, Set<Role> roles, String password) {
        if (roles.isEmpty()) {
            throw new InvalidRequestException("roles", "至少需要一个角色");
        }
        if (password == null || password.length() < 10) {
            throw new InvalidRequestException("password", "密码至少 10 位");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new InvalidRequestException("username", "用户名已存在：" + username);
        }
        long id = users.insert(username, displayName, organisationId, passwords.encode(password), roles);
        User user = new User(id, username, displayName, organisationId, Set.copyOf(roles), true);
        audit.record(actor, "user.create", "user", id, null, user);
        return user;
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new ForbiddenException("只有系统管理员可以管理用户");
        }
    }

    private static String sha256(String value) {
        return Sha256.hex(value.getBytes(StandardCharsets.UTF_8));
    }
}
