package taizhang.ingest;

import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import taizhang.extract.ExtractionException;
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
    String edit(
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
            RedirectAttributes flash) {
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
                type);
        String place = key;
        int page = imports.pageOf(user, id, key);
        if (op == DraftEdit.Op.DROP) {
            place = imports.problemOf(user, id, key)
                    .filter(problem -> !problem.equals(key))
                    .orElse(null);
        }
        try {
            imports.edit(user, id, version, List.of(edit));
            if (place != null) {
                page = imports.pageOf(user, id, place);
            }
            flash.addFlashAttribute(MESSAGE, done(edit));
        } catch (InvalidRequestException | StaleVersionException | RuleViolationException e) {
            place = key;
            flash.addFlashAttribute(MESSAGE, e.getMessage());
            flash.addFlashAttribute(REFUSED, true);
        }
        flash.addFlashAttribute(MESSAGE_AT, place);
        return "redirect:/imports/" + id + "?page=" + page + (place == null ? "" : "#draft-" + place);
    }

    /** What an edit did, as the page says it beside the item. */
    private static String done(DraftEdit edit) {
        return switch (edit.op()) {
            case EDIT_PROBLEM -> "已改问题标题";
            case EDIT_MEASURE -> "已保存措施";
            case SET_UNITS -> "已设单位";
            case SET_STATUS -> "已设状态：" + edit.status().label();
            case SET_DUTY -> edit.key().equals("*") ? "已为全部措施设领导和时限" : "已设领导和时限";
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
                        imports.page(user, id, page, DraftPage.PAGE_ITEMS), organisations.visibleTo(user), feedback));
        return "ingest/review";
    }

    private String uploadPage(CurrentUser user, Model model, String error) {
        model.addAttribute("page", new ImportPages.ImportsPage(imports.recent(user), campaigns.visible(user), error));
        return "ingest/imports";
    }
}
