package taizhang.ledger;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.shared.CurrentUser;

/** 预警设置: the campaign's office sees its warning rules, previews a change, and saves it. */
@Controller
class WarningPageController implements PageController {

    private final WarningService warnings;
    private final CampaignService campaigns;

    WarningPageController(WarningService warnings, CampaignService campaigns) {
        this.warnings = warnings;
        this.campaigns = campaigns;
    }

    @GetMapping("/campaigns/{id}/warnings")
    String page(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Integer moved, Model model) {
        Campaign campaign = campaigns.getForEditing(user, id);
        String message = moved == null ? null : "预警设置已保存，" + moved + " 项措施的预警等级随之变化";
        model.addAttribute("page", new WarningsPage(campaign, warnings.settings(user, id), null, message));
        return "ledger/warnings";
    }

    @PostMapping("/campaigns/{id}/warnings/preview")
    String preview(CurrentUser user, @PathVariable long id, Form form, HttpServletRequest request, Model model) {
        Campaign campaign = campaigns.getForEditing(user, id);
        WarningSettings proposed = form.settings();
        WarningPreview preview = warnings.preview(user, id, proposed);
        model.addAttribute("page", new WarningsPage(campaign, proposed, preview, null));
        return Htmx.view(request, "ledger/warnings", "ledger/_warningPreview");
    }

    @PostMapping("/campaigns/{id}/warnings")
    String save(CurrentUser user, @PathVariable long id, Form form) {
        WarningService.Saved saved = warnings.save(user, id, form.settings());
        return "redirect:/campaigns/" + id + "/warnings?moved=" + saved.moved();
    }

    /** The form's fields; an unticked box sends nothing, so overdue red is off unless sent. */
    record Form(
            int dueSoonDays,
            Boolean overdueRed,
            int overdueGraceDays,
            int missedCyclesYellow,
            int missedCyclesRed,
            int unsignedDays) {

        WarningSettings settings() {
            return new WarningSettings(
                    dueSoonDays,
                    Boolean.TRUE.equals(overdueRed),
                    overdueGraceDays,
                    missedCyclesYellow,
                    missedCyclesRed,
                    unsignedDays);
        }
    }
}
