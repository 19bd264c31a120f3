package taizhang.workbench;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.ledger.LedgerRemoval;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureType;
import taizhang.ledger.Removal;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;

/**
 * The office edits a measure by hand from its page: every field (with the version it read), the
 * official text among them (措施正文: what the notice says of the measure), its
 * removal with a reason, and its restore. A refusal lands beside the form, which keeps what was
 * typed; a change reloads the page, which says so beside the form.
 */
@Controller
class MeasureEditController implements PageController {

    private static final String AT = "measure-edit";

    private final MeasureService measures;
    private final LedgerRemoval removal;

    MeasureEditController(MeasureService measures, LedgerRemoval removal) {
        this.measures = measures;
        this.removal = removal;
    }

    @PostMapping("/measures/{id}/edit")
    ResponseEntity<Void> edit(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam @Size(max = 1000) String title,
            @RequestParam(required = false) @Size(max = Measure.MAX_BODY) String body,
            @RequestParam(required = false) Long leadOrgId,
            @RequestParam(required = false) List<Long> coUnitIds,
            @RequestParam(required = false) @Size(max = 100) String responsibleLeader,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @RequestParam MeasureType type,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (title.isBlank()) {
            throw new InvalidRequestException("title", "整改措施的内容不能为空");
        }
        measures.edit(
                user,
                id,
                version,
                title.strip(),
                body,
                new MeasureService.Assignment(leadOrgId, coUnitIds, responsibleLeader, deadline, type));
        return Htmx.reload(request, response, "/measures/" + id, "已保存修改", AT);
    }

    @PostMapping("/measures/{id}/remove")
    ResponseEntity<Void> remove(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam @Size(max = Removal.MAX_REASON) String reason,
            HttpServletRequest request,
            HttpServletResponse response) {
        removal.removeMeasure(user, id, version, reason);
        return Htmx.reload(request, response, "/measures/" + id, "已移除：统计、通报、预警和调度不再计入这项措施", AT);
    }

    @PostMapping("/measures/{id}/restore")
    ResponseEntity<Void> restore(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam int version,
            HttpServletRequest request,
            HttpServletResponse response) {
        removal.restoreMeasure(user, id, version);
        return Htmx.reload(request, response, "/measures/" + id, "已恢复到台账", AT);
    }
}
