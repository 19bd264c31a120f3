package taizhang.ledger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.shared.CurrentUser;
import taizhang.shared.ItemLists;
import taizhang.shared.RequestValues;

/**
 * 销号审批链: the campaign's office sets the approvers its closings go through, step by step; the
 * save's message (or refusal) stands beside the form.
 */
@Controller
class ClosingChainPageController implements PageController {

    private final ClosingChainService closing;
    private final CampaignService campaigns;

    ClosingChainPageController(ClosingChainService closing, CampaignService campaigns) {
        this.closing = closing;
        this.campaigns = campaigns;
    }

    @GetMapping("/campaigns/{id}/closing-chain")
    String page(CurrentUser user, @PathVariable long id, Model model) {
        Campaign campaign = campaigns.getForEditing(user, id);
        model.addAttribute(
                "page", new ClosingChainPage(campaign, closing.chain(user, id), ClosingApprover.values().length));
        return "ledger/closingChain";
    }

    /** The form sends the steps left at 无: they are skipped below, not refused. */
    @InitBinder
    void keepEmptySteps(WebDataBinder binder) {
        ItemLists.keepEmptyItems(binder);
    }

    /** The form's steps in order; a step left at 无 is skipped. */
    @PostMapping("/campaigns/{id}/closing-chain")
    ResponseEntity<Void> save(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) List<String> step,
            HttpServletRequest request,
            HttpServletResponse response) {
        List<ClosingApprover> steps = new ArrayList<>();
        for (String s : step == null ? List.<String>of() : step) {
            if (!s.isBlank()) {
                steps.add(approver(s));
            }
        }
        ClosingChain chain = closing.setChain(user, id, new ClosingChain(steps));
        String message = chain.isEmpty() ? "已取消审批链：由整改办直接销号" : "审批链已保存：" + chain.describe();
        return Htmx.reload(request, response, "/campaigns/" + id + "/closing-chain", message, "chain");
    }

    private static ClosingApprover approver(String value) {
        try {
            return ClosingApprover.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw RequestValues.mismatch("step", value, ClosingApprover.class);
        }
    }
}
