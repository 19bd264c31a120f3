package taizhang.notice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.defect.TextDefects;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.ledger.Campaign;
import taizhang.ledger.CampaignService;
import taizhang.report.ProgressNotice;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;

/** 通报印发: the office drafts, edits, publishes and compares a campaign's notices; others read the published ones. */
@Controller
class NoticePageController implements PageController {

    // The parts of the pages a form's message (or refusal) stands beside, each named by its element's
    // id; the forms name them too (_at), so that a refusal of a form posted without script comes back
    // beside the form and in view (home.NoScriptForms).

    /** The list's 起草通报. */
    static final String DRAFT = "notice-draft";
    /** The list's 通报设置. */
    static final String SETTINGS = "notice-settings";
    /** A notice's state panel: 按台账重新生成 and 印发. */
    static final String STATE = "notice-state";
    /** The preview's save button, at the foot of a form that may be many screens long. */
    static final String SAVE = "notice-save";

    private static final String REWRITE = "rewrite-";

    private final NoticeService notices;
    private final NoticeSettingsService settings;
    private final CampaignService campaigns;
    private final Clock clock;
    private final TextDefects textDefects;

    NoticePageController(
            NoticeService notices,
            NoticeSettingsService settings,
            CampaignService campaigns,
            Clock clock,
            TextDefects textDefects) {
        this.textDefects = textDefects;
        this.notices = notices;
        this.settings = settings;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @GetMapping("/notices")
    String list(CurrentUser user, @RequestParam(required = false) Long campaign, Model model) {
        model.addAttribute("page", listPage(user, campaign));
        return "notice/notices";
    }

    /**
     * Drafts a notice. Each form here posts to an address of its own, never to its page's ({@code
     * /notices}, {@code /notices/{id}}): refused without script, a form is sent back to the page it
     * was on, which is never taken to be the address it posted to (home.NoScriptForms#origin).
     */
    @PostMapping("/notices/draft")
    ResponseEntity<Void> draft(
            CurrentUser user,
            @RequestParam long campaign,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) @Size(max = 10) String cycle,
            HttpServletRequest request) {
        return Htmx.redirect(
                request,
                "/notices/" + notices.draft(user, campaign, asOf, cycle).id());
    }

    @PostMapping("/notices/settings")
    ResponseEntity<Void> settings(
            CurrentUser user,
            @RequestParam long campaign,
            @RequestParam String issuer,
            @RequestParam String signature,
            @RequestParam String numberPattern,
            @RequestParam(defaultValue = "") String contact,
            @RequestParam int version,
            HttpServletRequest request,
            HttpServletResponse response) {
        settings.save(user, campaign, issuer, signature, numberPattern, contact, version);
        return Htmx.reload(request, response, "/notices?campaign=" + campaign, "已保存通报设置", SETTINGS);
    }

    @GetMapping("/notices/{id}")
    String notice(CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("page", page(user, notices.get(user, id)));
        return "notice/notice";
    }

    @PostMapping("/notices/{id}/edit")
    ResponseEntity<Void> edit(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String issues,
            @RequestParam(defaultValue = "") String nextSteps,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            HttpServletResponse response) {
        notices.edit(user, id, version, rewrites(form), issues, nextSteps);
        return Htmx.reload(request, response, "/notices/" + id, "已保存修改", SAVE);
    }

    @PostMapping("/notices/{id}/regenerate")
    ResponseEntity<Void> regenerate(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam int version,
            HttpServletRequest request,
            HttpServletResponse response) {
        notices.regenerate(user, id, version);
        return Htmx.reload(request, response, "/notices/" + id, "已按台账重新生成，改写的段落保留", STATE);
    }

    @PostMapping("/notices/{id}/publish")
    ResponseEntity<Void> publish(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
            HttpServletRequest request,
            HttpServletResponse response) {
        Notice published = notices.publish(user, id, version, issuedOn);
        return Htmx.reload(request, response, "/notices/" + id, "已印发：" + published.number(), STATE);
    }

    @GetMapping("/notices/{id}/compare")
    String compare(CurrentUser user, @PathVariable long id, Model model) {
        Notice notice = notices.get(user, id);
        model.addAttribute(
                "page",
                new NoticePages.ComparePage(
                        notice,
                        notices.previous(notice)
                                .map(NoticePageController::summary)
                                .orElse(null),
                        notices.compare(user, notice).orElse(null)));
        return "notice/compare";
    }

    @GetMapping("/notices/{id}/brief")
    String brief(CurrentUser user, @PathVariable long id, Model model) {
        Notice notice = notices.get(user, id);
        model.addAttribute("page", new NoticePages.BriefPage(notice, notices.brief(user, notice)));
        return "notice/brief";
    }

    private NoticePages.ListPage listPage(CurrentUser user, Long campaignId) {
        List<Campaign> visible = campaigns.visible(user);
        if (visible.isEmpty()) {
            return new NoticePages.ListPage(visible, null, false, List.of(), null, LocalDate.now(clock));
        }
        Campaign campaign = campaignId == null ? visible.get(0) : campaigns.get(user, campaignId);
        return new NoticePages.ListPage(
                visible,
                campaign,
                notices.mayEdit(user, campaign.id()),
                notices.list(user, campaign.id()),
                settings.settings(user, campaign.id()),
                LocalDate.now(clock));
    }

    private NoticePages.NoticePage page(CurrentUser user, Notice notice) {
        ProgressNotice document = notices.document(user, notice, false);
        boolean office = notices.mayEdit(user, notice.campaignId());
        return new NoticePages.NoticePage(
                notice,
                document,
                office,
                notices.previous(notice).map(NoticePageController::summary).orElse(null),
                office && !notice.published() ? textDefects.openTexts(measureIds(document)) : Map.of());
    }

    private static List<Long> measureIds(ProgressNotice document) {
        return document.sections().stream()
                .flatMap(s -> s.problems().stream())
                .flatMap(p -> p.measures().stream())
                .map(ProgressNotice.NoticeMeasure::measureId)
                .toList();
    }

    /** The form's {@code rewrite-<measure id>} fields, by measure id. */
    private static Map<Long, String> rewrites(Map<String, String> form) {
        Map<Long, String> rewrites = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(REWRITE)) {
                try {
                    rewrites.put(Long.parseLong(name.substring(REWRITE.length())), value);
                } catch (NumberFormatException e) {
                    throw new InvalidRequestException("rewrites", "改写段落的措施编号无效：" + name);
                }
            }
        });
        return rewrites;
    }

    static NoticeSummary summary(Notice n) {
        return new NoticeSummary(
                n.id(),
                n.campaignId(),
                n.campaignName(),
                n.asOf(),
                n.cycle(),
                n.status(),
                n.full().title(),
                n.number(),
                n.issuedOn());
    }
}
