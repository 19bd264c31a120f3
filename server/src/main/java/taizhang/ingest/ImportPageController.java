package taizhang.ingest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;
import taizhang.extract.ExtractionException;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.ledger.CampaignService;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.org.OrgService;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.LongJobs;
import taizhang.shared.RuleViolationException;
import taizhang.shared.StaleVersionException;

/** The import pages: upload, review the draft beside its source, edit, accept. */
@Controller
class ImportPageController implements PageController {

    private static final String MESSAGE = "message";
    private static final String MESSAGE_AT = "messageAt";
    private static final String REFUSED = "refused";
    /** Where the message of the bulk 建议单位 form stands. */
    static final String SUGGESTIONS = "suggestions";

    private final ImportService imports;
    private final CampaignService campaigns;
    private final OrgService organisations;
    private final LongJobs jobs;

    ImportPageController(ImportService imports, CampaignService campaigns, OrgService organisations, LongJobs jobs) {
        this.jobs = jobs;
        this.imports = imports;
        this.campaigns = campaigns;
        this.organisations = organisations;
    }

    @GetMapping("/imports")
    String list(CurrentUser user, Model model) {
        return uploadPage(user, model, null);
    }

    /** A rejected upload re-renders the form with the reason; nothing was written or kept. */
    @PostMapping("/imports")
    String upload(
            CurrentUser user,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) Long campaignId,
            @RequestParam(required = false) @Size(max = 300) String campaignName,
            @RequestParam(required = false) Integer reportYear,
            Model model)
            throws IOException {
        try {
            if (file.isEmpty()) {
                throw new ExtractionException(ExtractionException.Kind.EMPTY, "请选择一个非空的文件");
            }
            var upload = imports.upload(
                    user,
                    file.getBytes(),
                    file.getOriginalFilename(),
                    file.getContentType(),
                    campaignId,
                    campaignName,
                    reportYear);
            return "redirect:/imports/" + upload.record().id() + (upload.alreadyImported() ? "?again" : "");
        } catch (ExtractionException e) {
            return uploadPage(user, model, IngestExceptionHandler.forPerson(e));
        } catch (RuleViolationException e) {
            return uploadPage(user, model, e.getMessage());
        }
    }

    /** After an edit the page shows what it did, beside the item (see {@link #edit}). */
    @GetMapping("/imports/{id}")
    String review(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        Object message = model.getAttribute(MESSAGE);
        ImportPages.Feedback feedback = message == null
                ? null
                : new ImportPages.Feedback(
                        (String) message,
                        (String) model.getAttribute(MESSAGE_AT),
                        Boolean.TRUE.equals(model.getAttribute(REFUSED)));
        return reviewPage(user, id, page, model, feedback);
    }

    /**
     * One edit, then the page again at the item edited, with what was done or why it was refused
     * beside it; a dropped measure's message stands beside its problem, a dropped problem's at the top.
     */
    @PostMapping("/imports/{id}/edit")
    ResponseEntity<Void> edit(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam DraftEdit.Op op,
            @RequestParam String key,
            @RequestParam(required = false) @Size(max = 1000) String title,
            @RequestParam(required = false) @Size(max = 100000) String text,
            @RequestParam(required = false) Long leadOrgId,
            @RequestParam(required = false) List<Long> coUnitIds,
            @RequestParam(required = false) MeasureStatus status,
            @RequestParam(required = false) String readingKey,
            @RequestParam(required = false) Integer at,
            @RequestParam(required = false) Long matchId,
            @RequestParam(required = false) BigDecimal value,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) @Size(max = 100) String leader,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @RequestParam(required = false) MeasureType type,
            @RequestParam(required = false) Long orgId,
            HttpServletRequest request,
            HttpServletResponse response) {
        DraftEdit edit = new DraftEdit(
                op,
                key,
                title,
                text,
                leadOrgId,
                coUnitIds,
                status,
                readingKey,
                at,
                matchId,
                value,
                unit,
                period,
                leader,
                deadline,
                type,
                orgId);
        String place = key;
        int page = imports.pageOf(user, id, key);
        if (op == DraftEdit.Op.DROP) {
            place = imports.problemOf(user, id, key)
                    .filter(problem -> !problem.equals(key))
                    .orElse(null);
        }
        String message;
        boolean refused = false;
        try {
            imports.edit(user, id, version, List.of(edit));
            if (place != null) {
                page = imports.pageOf(user, id, place);
            }
            message = done(edit);
        } catch (InvalidRequestException | StaleVersionException | RuleViolationException e) {
            place = key;
            message = e.getMessage();
            refused = true;
        }
        return back(request, response, id, page, place, message, refused);
    }

    /**
     * 建议单位 in bulk: every suggestion of the draft ({@code all}), or those of the measures ticked
     * on the page; its message stands beside the form.
     */
    @PostMapping("/imports/{id}/suggestions")
    ResponseEntity<Void> acceptSuggestions(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) List<@Size(max = 20) String> keys,
            @RequestParam(defaultValue = "false") boolean all,
            HttpServletRequest request,
            HttpServletResponse response) {
        List<String> chosen = all ? List.of("*") : keys == null ? List.of() : keys;
        String message;
        boolean refused = false;
        try {
            if (chosen.isEmpty()) {
                throw new InvalidRequestException("keys", "请先勾选措施");
            }
            imports.edit(
                    user,
                    id,
                    version,
                    chosen.stream()
                            .map(key -> DraftEdit.acceptSuggestions(key, null))
                            .toList());
            message = all ? "已采纳全部措施的建议单位" : "已采纳所选 " + chosen.size() + " 项措施的建议单位";
        } catch (InvalidRequestException | StaleVersionException | RuleViolationException e) {
            message = e.getMessage();
            refused = true;
        }
        return back(request, response, id, page, SUGGESTIONS, message, refused);
    }

    /**
     * The review page again at {@code place}, with the message beside it: a plain form is
     * redirected to the item's anchor; htmx is told to load the page without one (a URL differing
     * from the current one only in its anchor would just scroll), and the page's script opens it
     * at the message.
     */
    private static ResponseEntity<Void> back(
            HttpServletRequest request,
            HttpServletResponse response,
            long id,
            int page,
            String place,
            String message,
            boolean refused) {
        String target = "/imports/" + id + "?page=" + page;
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put(MESSAGE, message);
        flash.put(MESSAGE_AT, place);
        if (refused) {
            flash.put(REFUSED, true);
        }
        RequestContextUtils.saveOutputFlashMap(target, request, response);
        return Htmx.redirect(request, place == null || Htmx.isRequest(request) ? target : target + "#draft-" + place);
    }

    /** What an edit did, as the page says it beside the item. */
    private static String done(DraftEdit edit) {
        return switch (edit.op()) {
            case EDIT_PROBLEM -> "已改问题标题";
            case EDIT_MEASURE -> "已保存措施";
            case SET_UNITS -> "已设单位";
            case SET_STATUS -> "已设状态：" + edit.status().label();
            case SET_DUTY -> edit.key().equals("*") ? "已为全部措施设领导和时限" : "已设领导和时限";
            case ACCEPT_SUGGESTIONS ->
                edit.orgId() != null ? "已采纳建议单位" : edit.key().equals("*") ? "已采纳全部措施的建议单位" : "已采纳这项措施的建议单位";
            case REJECT_SUGGESTION -> "已不采纳这个建议单位，它已不是这项措施的单位";
            case EDIT_READING -> "已修改数据";
            case DROP_READING -> "已删除数据";
            case MERGE_WITH_NEXT -> "已与下一项合并";
            case SPLIT -> "已拆成两项";
            case CONFIRM_MATCH -> edit.matchId() == null ? "已改为新增，写入台账时新建" : "已确认对应";
            case ADD_PROBLEM -> "已在其后添加问题";
            case ADD_MEASURE -> "已添加措施";
            case DROP -> edit.key().startsWith("p") ? "已删除问题及其措施" : "已删除措施";
        };
    }

    @PostMapping("/imports/{id}/accept")
    String accept(CurrentUser user, @PathVariable long id, @RequestParam int version, Model model) {
        try {
            var accepted = jobs.run(user, () -> imports.accept(user, id, version));
            return "redirect:/ledger?campaign=" + accepted.campaignId();
        } catch (StaleVersionException | RuleViolationException e) {
            return reviewPage(user, id, 0, model, new ImportPages.Feedback(e.getMessage(), null, true));
        }
    }

    @PostMapping("/imports/{id}/discard")
    String discard(CurrentUser user, @PathVariable long id) {
        imports.discard(user, id);
        return "redirect:/imports";
    }

    private String reviewPage(CurrentUser user, long id, int page, Model model, ImportPages.Feedback feedback) {
        model.addAttribute(
                "page",
                ImportPages.ReviewPage.of(
                        imports.page(user, id, page, DraftPage.PAGE_ITEMS),
                        imports.unconfirmedMeasures(user, id),
                        organisations.visibleTo(user),
                        feedback));
        return "ingest/review";
    }

    private String uploadPage(CurrentUser user, Model model, String error) {
        model.addAttribute("page", new ImportPages.ImportsPage(imports.recent(user), campaigns.visible(user), error));
        return "ingest/imports";
    }
}
