package taizhang.audit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import taizhang.shared.CurrentUser;

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
        AuditReaders.require(user);
        return audit.verify();
    }

    @GetMapping("/events")
    List<AuditEvent> events(
            CurrentUser user,
            @RequestParam(required = false) String objectType,
            @RequestParam(required = false) Long objectId,
            @RequestParam(defaultValue = "100") int limit) {
        AuditReaders.require(user);
        if (objectType != null && objectId != null) {
            return audit.history(objectType, objectId);
        }
        return audit.latest(Math.max(1, Math.min(limit, 1000)));
    }
}
