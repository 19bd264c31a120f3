package taizhang.audit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.Role;

/** The audit trail for administrators: verify the chain, read events. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/verify")
    ChainVerification verify(CurrentUser user) {
        requireAdmin(user);
        return audit.verify();
    }

    @GetMapping("/events")
    List<AuditEvent> events(
            CurrentUser user,
            @RequestParam(required = false) String objectType,
            @RequestParam(required = false) Long objectId,
            @RequestParam(defaultValue = "100") int limit) {
        requireAdmin(user);
        if (objectType != null && objectId != null) {
            return audit.history(objectType, objectId);
        }
        return audit.latest(Math.max(1, Math.min(limit, 1000)));
    }

    /**
     * The trail records every organisation's changes, so only an administrator of the root
     * (whose path is just its own id, {@code /1/}) may read or verify it.
     */
    private static void requireAdmin(CurrentUser user) {
        boolean root = user.organisationPath().chars().filter(c -> c == '/').count() == 2;
        if (!user.has(Role.ADMIN) || !root) {
            throw new ForbiddenException("只有顶级单位的系统管理员可以查看审计记录");
        }
    }
}
