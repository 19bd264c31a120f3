package taizhang.ledger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;

/**
 * 整改任务 by hand: start an empty campaign, rename and archive it, add problems (edited, removed and
 * restored by {@link ProblemPageController}), add measures, restore removed measures. Each change reloads the page with its
 * message beside the part acted on; a refusal lands there too, the form as it was typed.
 */
@Controller
class CampaignPageController implements PageController {

    private final CampaignPages pages;
    private final CampaignService campaigns;
    private final MeasureService measures;
    private final LedgerRemoval removal;

    CampaignPageController(
            CampaignPages pages, CampaignService campaigns, MeasureService measures, LedgerRemoval removal) {
        this.pages = pages;
        this.campaigns = campaigns;
        this.measures = measures;
        this.removal = removal;
    }

    @GetMapping("/campaigns")
    String list(CurrentUser user, @RequestParam(defaultValue = "false") boolean archived, Model model) {
        model.addAttribute("page", pages.list(user, archived));
        return "ledger/campaigns";
    }

    @GetMapping("/campaigns/{id}")
    String campaign(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", pages.page(user, id, page));
        return "ledger/campaign";
    }

    @PostMapping("/campaigns")
    ResponseEntity<Void> create(
            CurrentUser user,
            @RequestParam @Size(max = 300) String name,
            @RequestParam(required = false) @Size(max = 1000) String source,
            @RequestParam(required = false) @Min(2000) Integer reportYear,
            HttpServletRequest request,
            HttpServletResponse response) {
        Campaign created = campaigns.create(
                user, required(name, "name", "整改任务名称"), blankToNull(source), null, reportYear, null, null);
        return reload(request, response, created.id(), "已创建整改任务，请添加问题和措施", "campaign-settings");
    }

    @PostMapping("/campaigns/{id}/rename")
    ResponseEntity<Void> rename(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam @Size(max = 300) String name,
            HttpServletRequest request,
            HttpServletResponse response) {
        campaigns.rename(user, id, version, required(name, "name", "整改任务名称"));
        return reload(request, response, id, "已改名", "campaign-settings");
    }

    @PostMapping("/campaigns/{id}/archive")
    ResponseEntity<Void> archive(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "true") boolean archived,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (archived) {
            campaigns.archive(user, id, version);
        } else {
            campaigns.unarchive(user, id, version);
        }
        return reload(request, response, id, archived ? "已归档：只能查看，不再出现在默认列表中" : "已取消归档", "campaign-settings");
    }

    @PostMapping("/campaigns/{id}/problems/new")
    ResponseEntity<Void> addProblem(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam @Min(1) int number,
            @RequestParam @Size(max = 1000) String title,
            @RequestParam(required = false) @Size(max = 100000) String description,
            @RequestParam(required = false) Long sectionId,
            HttpServletRequest request,
            HttpServletResponse response) {
        campaigns.addProblem(
                user, id, sectionId, number, required(title, "title", "问题"), blankToNull(description), "手工录入");
        return reload(request, response, id, "已添加问题 " + number, "problems");
    }

    @PostMapping("/campaigns/{id}/measures/new")
    ResponseEntity<Void> addMeasure(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam long problemId,
            @RequestParam @Size(max = 1000) String title,
            @RequestParam(required = false) Long leadOrgId,
            @RequestParam(required = false) List<Long> coUnitIds,
            @RequestParam(required = false) @Size(max = 100) String responsibleLeader,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @RequestParam MeasureType type,
            HttpServletRequest request,
            HttpServletResponse response) {
        Problem problem = campaigns.problem(user, problemId);
        if (problem.campaignId() != id) {
            throw new InvalidRequestException("problemId", "所选问题不属于这项整改任务");
        }
        Measure created = measures.create(
                user,
                problemId,
                required(title, "title", "整改措施"),
                null,
                new MeasureService.Assignment(leadOrgId, coUnitIds, blankToNull(responsibleLeader), deadline, type));
        return reload(
                request, response, id, "已添加措施 " + problem.number() + "-" + created.ordinal(), "new-measure-panel");
    }

    @PostMapping("/campaigns/{id}/measures/{measureId}/restore")
    ResponseEntity<Void> restoreMeasure(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long measureId,
            @RequestParam int version,
            HttpServletRequest request,
            HttpServletResponse response) {
        removal.restoreMeasure(user, measureId, version);
        return reload(request, response, id, "已恢复措施", "removed");
    }

    static ResponseEntity<Void> reload(
            HttpServletRequest request, HttpServletResponse response, long campaign, String message, String at) {
        return Htmx.reload(request, response, "/campaigns/" + campaign, message, at);
    }

    static String required(String value, String field, String label) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, label + "不能为空");
        }
        return value.strip();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
