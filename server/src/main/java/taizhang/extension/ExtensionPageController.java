package taizhang.extension;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.home.PageController;
import taizhang.ledger.Campaign;
import taizhang.ledger.CampaignService;
import taizhang.ledger.SignService;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.Role;

/** The office's 签收与延期 page and its decisions (also made from the measure page). */
@Controller
class ExtensionPageController implements PageController {

    /** Where a decision may send the reader back to: this page or a measure page, never elsewhere. */
    private static final Pattern BACK = Pattern.compile("/(measures/\\d+|extensions(\\?campaign=\\d+)?)");

    private final ExtensionService extensions;
    private final SignService signs;
    private final CampaignService campaigns;

    ExtensionPageController(ExtensionService extensions, SignService signs, CampaignService campaigns) {
        this.extensions = extensions;
        this.signs = signs;
        this.campaigns = campaigns;
    }

    @GetMapping("/extensions")
    @Transactional(readOnly = true)
    String page(CurrentUser user, @RequestParam(required = false) Long campaign, Model model) {
        if (!user.hasAny(Role.OFFICE, Role.ADMIN)) {
            throw new ForbiddenException("只有整改办可以查看签收与延期情况");
        }
        List<Campaign> owned = campaigns.visible(user).stream()
                .filter(c -> campaigns.mayEdit(user, c))
                .toList();
        Campaign chosen =
                campaign != null ? campaigns.getForEditing(user, campaign) : owned.isEmpty() ? null : owned.get(0);
        model.addAttribute(
                "page",
                chosen == null
                        ? new ExtensionsPage(owned, null, 0, List.of(), false)
                        : new ExtensionsPage(
                                owned,
                                chosen,
                                signs.unsignedMeasures(user, chosen.id()),
                                extensions.inCampaign(user, chosen.id(), ExtensionStatus.PENDING),
                                true));
        return "extension/extensions";
    }

    @PostMapping("/extensions/{id}/approve")
    String approve(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) @Size(max = 1000) String reason,
            @RequestParam(required = false) String back) {
        ExtensionView decided = extensions.approve(user, id, reason);
        return "redirect:" + back(back, decided);
    }

    @PostMapping("/extensions/{id}/refuse")
    String refuse(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) @Size(max = 1000) String reason,
            @RequestParam(required = false) String back) {
        ExtensionView decided = extensions.refuse(user, id, reason);
        return "redirect:" + back(back, decided);
    }

    private static String back(String asked, ExtensionView decided) {
        return asked != null && BACK.matcher(asked).matches()
                ? asked
                : "/extensions?campaign=" + decided.request().campaignId();
    }
}
