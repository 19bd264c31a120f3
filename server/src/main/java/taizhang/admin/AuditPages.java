package taizhang.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.audit.AuditReaders;
import taizhang.audit.AuditTrail;
import taizhang.home.PageController;
import taizhang.shared.CurrentUser;

/** 审计记录: who changed what and when, for the root's administrator, as the API gives it. */
@Controller
class AuditPages implements PageController {

    static final int SHOWN = 200;

    private final AuditTrail audit;

    AuditPages(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String page(
            CurrentUser user,
            @RequestParam(required = false) String objectType,
            @RequestParam(required = false) Long objectId,
            @RequestParam(defaultValue = "false") boolean verify,
            Model model) {
        AuditReaders.require(user);
        boolean one = objectType != null && !objectType.isBlank() && objectId != null;
        model.addAttribute(
                "page",
                new AuditPage(
                        one ? audit.history(objectType.strip(), objectId) : audit.latest(SHOWN),
                        one ? objectType.strip() : null,
                        one ? objectId : null,
                        verify ? audit.verify() : null,
                        SHOWN));
        return "admin/audit";
    }
}
