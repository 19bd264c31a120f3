package taizhang.user;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;

/**
 * Sign-in successes and failures in the audit trail, with the address they came from. Attempts
 * the throttle refused before any password was checked are not written one by one: the failure
 * that used a key's last attempt says the key is now blocked.
 */
@Component
public class SignInAudit {

    private final UserRepository users;
    private final AuditTrail audit;

    SignInAudit(UserRepository users, AuditTrail audit) {
        this.users = users;
        this.audit = audit;
    }

    @Transactional
    public void succeeded(String username, String address) {
        record(username, "login.success", Map.of("address", address));
    }

    /** A sign-in through the body's identity system ({@code via}: oidc, cas, ldap). */
    @Transactional
    public void succeeded(String username, String address, String via) {
        record(username, "login.success", Map.of("address", address, "via", via));
    }

    /** {@code reason}: BAD_CREDENTIALS, DISABLED, …; {@code blocked}: this failure used the last attempt. */
    @Transactional
    public void failed(String username, String address, String reason, boolean blocked) {
        failed(username, address, reason, blocked, null);
    }

    /** As {@link #failed(String, String, String, boolean)}, naming the identity system that vouched, if any. */
    @Transactional
    public void failed(String username, String address, String reason, boolean blocked, String via) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("address", address);
        detail.put("reason", reason);
        if (via != null) {
            detail.put("via", via);
        }
        if (blocked) {
            detail.put("blocked", true);
        }
        record(username, "login.failure", detail);
    }

    private void record(String username, String action, Map<String, ?> detail) {
        String actor = username == null || username.isBlank() ? "(空)" : username.strip();
        Long userId = users.findByUsername(actor).map(c -> c.user().id()).orElse(null);
        audit.record(actor.length() > 64 ? actor.substring(0, 64) : actor, action, "user", userId, null, detail);
    }
}
