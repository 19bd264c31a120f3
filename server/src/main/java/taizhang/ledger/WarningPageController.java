package taizhang.ledger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.shared.CurrentUser;

/**
 * 预警设置: the campaign's office sees its warning rules, previews a change, and saves it; the
 * preview and the save's message (or refusal) stand beside the form.
 */
@Controller
class WarningPageController implements PageController {

    private final WarningService warnings;
    private final CampaignService campaigns;

    WarningPageController(WarningService warnings, CampaignService campaigns) {
        this.warnings = warnings;
        this.campaigns = campaigns;
    }

    @GetMapping("/campaigns/{id}/warnings")
    String page(CurrentUser user, @PathVariable long id, Model model) {
        Campaign campaign = campaigns.getForEditing(user, id);
        model.addAttribute("page", new WarningsPage(campaign, warnings.settings(user, id), null));
        return "ledger/warnings";
    }

    @PostMapping("/campaigns/{id}/warnings/preview")
    String preview(CurrentUser user, @PathVariable long id, Form form, HttpServletRequest request, Model model) {
        Campaign campaign = campaigns.getForEditing(user, id);
        WarningSettings proposed = form.settings();
        WarningPreview preview = warnings.preview(user, id, proposed);
        model.addAttribute("page", new WarningsPage(campaign, proposed, preview));
        return Htmx.view(request, "ledger/warnings", "ledger/_warningPreview");
    }

    @PostMapping("/campaigns/{id}/warnings")
    ResponseEntity<Void> save(
            CurrentUser user,
            @PathVariable long id,
            Form form,
            HttpServletRequest request,
            HttpServletResponse response) {
        WarningService.Saved saved = warnings.save(user, id, form.settings());
        return Htmx.reload(
                request,
                response,
                "/campaigns/" + id + "/warnings",
                "预警设置已保存，" + saved.moved() + " 项措施的预警等级随之变化",
                "rules");
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
