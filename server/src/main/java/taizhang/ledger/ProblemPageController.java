package taizhang.ledger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.home.PageController;
import taizhang.shared.CurrentUser;

/**
 * A problem of the campaign page by hand: the office words it anew, removes it with its measures
 * (with a reason) and restores it. Each change reloads the campaign page with its message beside
 * the problem list.
 */
@Controller
class ProblemPageController implements PageController {

    private final CampaignService campaigns;
    private final LedgerRemoval removal;

    ProblemPageController(CampaignService campaigns, LedgerRemoval removal) {
        this.campaigns = campaigns;
        this.removal = removal;
    }

    /** 修改问题: the office words a problem anew, its title and its text (说明), audited as {@code problem.update}. */
    @PostMapping("/problems/{problemId}/edit")
    ResponseEntity<Void> editProblem(
            CurrentUser user,
            @PathVariable long problemId,
            @RequestParam int version,
            @RequestParam @Size(max = 1000) String title,
            @RequestParam(required = false) @Size(max = 100000) String description,
            HttpServletRequest request,
            HttpServletResponse response) {
        Problem edited = campaigns.updateProblem(
                user,
                problemId,
                version,
                CampaignPageController.required(title, "title", "问题"),
                CampaignPageController.blankToNull(description));
        return CampaignPageController.reload(
                request, response, edited.campaignId(), "已修改问题 " + edited.number(), "problems");
    }

    @PostMapping("/problems/{problemId}/remove")
    ResponseEntity<Void> removeProblem(
            CurrentUser user,
            @PathVariable long problemId,
            @RequestParam int version,
            @RequestParam @Size(max = Removal.MAX_REASON) String reason,
            HttpServletRequest request,
            HttpServletResponse response) {
        Problem removed = removal.removeProblem(user, problemId, version, reason);
        return CampaignPageController.reload(
                request, response, removed.campaignId(), "已移除问题 " + removed.number() + " 及其措施", "problems");
    }

    @PostMapping("/problems/{problemId}/restore")
    ResponseEntity<Void> restoreProblem(
            CurrentUser user,
            @PathVariable long problemId,
            @RequestParam int version,
            HttpServletRequest request,
            HttpServletResponse response) {
        Problem restored = removal.restoreProblem(user, problemId, version);
        return CampaignPageController.reload(
                request, response, restored.campaignId(), "已恢复问题 " + restored.number(), "problems");
    }
}
