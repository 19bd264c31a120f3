package taizhang.ledger;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.home.PageController;
import taizhang.shared.CurrentUser;
import taizhang.shared.ItemLists;
import taizhang.shared.RequestValues;

/** 销号审批链: the campaign's office sets the approvers its closings go through, step by step. */
@Controller
class ClosingChainPageController implements PageController {

    private final ClosingChainService closing;
    private final CampaignService campaigns;

    ClosingChainPageController(ClosingChainService closing, CampaignService campaigns) {
        this.closing = closing;
        this.campaigns = campaigns;
    }

    @GetMapping("/campaigns/{id}/closing-chain")
    String page(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String saved, Model model) {
        Campaign campaign = campaigns.getForEditing(user, id);
        ClosingChain chain = closing.chain(user, id);
        String message = saved == null ? null : chain.isEmpty() ? "已取消审批链：由整改办直接销号" : "审批链已保存：" + chain.describe();
        model.addAttribute("page", new ClosingChainPage(campaign, chain, ClosingApprover.values().length, message));
        return "ledger/closingChain";
    }

    /** The form sends the steps left at 无: they are skipped below, not refused. */
    @InitBinder
    void keepEmptySteps(WebDataBinder binder) {
        ItemLists.keepEmptyItems(binder);
    }

    /** The form's steps in order; a step left at 无 is skipped. */
    @PostMapping("/campaigns/{id}/closing-chain")
    String save(CurrentUser user, @PathVariable long id, @RequestParam(required = false) List<String> step) {
        List<ClosingApprover> steps = new ArrayList<>();
        for (String s : step == null ? List.<String>of() : step) {
            if (!s.isBlank()) {
                steps.add(approver(s));
            }
        }
        closing.setChain(user, id, new ClosingChain(steps));
        return "redirect:/campaigns/" + id + "/closing-chain?saved";
    }

    private static ClosingApprover approver(String value) {
        try {
            return ClosingApprover.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw RequestValues.mismatch("step", value, ClosingApprover.class);
        }
    }
}
