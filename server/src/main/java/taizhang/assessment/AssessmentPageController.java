package taizhang.assessment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.ledger.Campaign;
import taizhang.ledger.CampaignService;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.Role;

/**
 * 年度考核 for the office and the leaders, 我的考核 for a unit, and the office's forms, each
 * change's message shown beside the part acted on (the results, the breakdown, the settings).
 */
@Controller
class AssessmentPageController implements PageController {

    private static final String RESULTS = "results";

    private final AssessmentService assessments;
    private final CampaignService campaigns;

    AssessmentPageController(AssessmentService assessments, CampaignService campaigns) {
        this.assessments = assessments;
        this.campaigns = campaigns;
    }

    @GetMapping("/assessment")
    String page(
            CurrentUser user,
            @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long unit,
            Model model) {
        if (!user.hasAny(Role.OFFICE, Role.ADMIN, Role.LEADER)) {
            return "redirect:/assessment/mine" + (campaign == null ? "" : "?campaign=" + campaign);
        }
        List<Campaign> all = campaigns.visible(user);
        Campaign chosen = chosen(user, all, campaign);
        if (chosen == null) {
            model.addAttribute("page", new AssessmentPage(all, null, List.of(), null, null, false));
            return "assessment/assessment";
        }
        Assessment read = assessments.read(user, chosen.id(), year);
        UnitResult open = read.units().stream()
                .filter(u -> unit != null ? u.orgId() == unit : u.rating().needsFeedback())
                .findFirst()
                .orElse(read.units().isEmpty() ? null : read.units().get(0));
        model.addAttribute(
                "page",
                new AssessmentPage(
                        all, chosen, assessments.years(chosen.id()), read, open, campaigns.mayEdit(user, chosen)));
        return "assessment/assessment";
    }

    @GetMapping("/assessment/mine")
    String mine(
            CurrentUser user,
            @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) Integer year,
            Model model) {
        List<Campaign> all = campaigns.visible(user);
        Campaign chosen = chosen(user, all, campaign);
        if (chosen == null) {
            model.addAttribute("page", new AssessmentPage(all, null, List.of(), null, null, false));
            return "assessment/mine";
        }
        Assessment read = assessments.read(user, chosen.id(), year);
        UnitResult own = read.units().stream()
                .filter(u -> u.orgId() == user.organisationId())
                .findFirst()
                .orElse(null);
        model.addAttribute("page", new AssessmentPage(all, chosen, assessments.years(chosen.id()), read, own, false));
        return "assessment/mine";
    }

    @PostMapping("/assessment/compute")
    ResponseEntity<Void> compute(
            CurrentUser user,
            @RequestParam long campaign,
            @RequestParam int year,
            HttpServletRequest request,
            HttpServletResponse response) {
        Assessment done = assessments.compute(user, campaign, year);
        return Htmx.reload(
                request, response, page(campaign, year), "已重新计算 " + done.units().size() + " 个单位的考核得分", RESULTS);
    }

    @PostMapping("/assessment/adjust")
    ResponseEntity<Void> adjust(
            CurrentUser user,
            @RequestParam long campaign,
            @RequestParam int year,
            @RequestParam long orgId,
            @RequestParam int version,
            @RequestParam(required = false) String score,
            @RequestParam(required = false) String reason,
            HttpServletRequest request,
            HttpServletResponse response) {
        UnitResult adjusted = assessments.adjust(user, campaign, year, orgId, number("score", score), reason, version);
        // A plain form's redirect opens the page at the breakdown; htmx leaves the anchor out, as
        // the page it came from may be that very address, which the browser would only scroll to.
        String page = page(campaign, year) + "&unit=" + orgId + (Htmx.isRequest(request) ? "" : "#breakdown");
        return Htmx.reload(
                request,
                response,
                page,
                adjusted.name() + "的得分已由 " + Scoring.plain(adjusted.computedScore()) + " 分调整为 "
                        + Scoring.plain(adjusted.score()) + " 分",
                "breakdown");
    }

    @PostMapping("/assessment/feedback")
    ResponseEntity<Void> feedback(
            CurrentUser user,
            @RequestParam long campaign,
            @RequestParam int year,
            HttpServletRequest request,
            HttpServletResponse response) {
        int told = assessments.sendFeedback(user, campaign, year);
        return Htmx.reload(request, response, page(campaign, year), "已向 " + told + " 个评定为“一般”“差”的单位发送一对一反馈", RESULTS);
    }

    @PostMapping("/assessment/settings")
    ResponseEntity<Void> settings(
            CurrentUser user,
            @RequestParam long campaign,
            @RequestParam int year,
            @RequestParam int version,
            @RequestParam java.util.Map<String, String> form,
            HttpServletRequest request,
            HttpServletResponse response) {
        List<RuleSetting> rules = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            rules.add(new RuleSetting(
                    rule,
                    number("weight", form.get("weight." + rule.name())),
                    rule.isRate() ? BigDecimal.ZERO : number("deduction", form.get("deduction." + rule.name()))));
        }
        assessments.saveSettings(
                user,
                campaign,
                new AssessmentSettings(
                        rules,
                        new Thresholds(
                                number("good", form.get("good")),
                                number("fairlyGood", form.get("fairlyGood")),
                                number("fair", form.get("fair"))),
                        version));
        return Htmx.reload(request, response, page(campaign, year), "考核设置已保存；权重的改动在重新计算后生效，等次分数线立即生效", "settings");
    }

    private static String page(long campaign, int year) {
        return "/assessment?campaign=" + campaign + "&year=" + year;
    }

    private Campaign chosen(CurrentUser user, List<Campaign> visible, Long campaign) {
        if (campaign != null) {
            return campaigns.get(user, campaign);
        }
        return visible.isEmpty() ? null : visible.get(0);
    }

    private static BigDecimal number(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException(field, "请填写分数");
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, "“" + text.strip() + "”不是有效的分数");
        }
    }
}
