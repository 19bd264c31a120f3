package taizhang.workbench;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.Move;
import taizhang.shared.CurrentUser;

/**
 * The office's moves from the measure page. A refusal (no reason, no evidence, a stale
 * version) lands beside the moves with the form as it was; a move made reloads the page, which
 * says so beside them.
 * A reason sent with 记录完成情况 is the office's reason to finish a parent over open sub-measures.
 * 销号 is made on the review page, where the evidence is uploaded in the same step.
 */
@Controller
class MeasureMovesController implements PageController {

    private final MeasureService measures;

    MeasureMovesController(MeasureService measures) {
        this.measures = measures;
    }

    @PostMapping("/measures/{id}/moves/{move}")
    ResponseEntity<Void> move(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable Move move,
            @RequestParam int version,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) MeasureStatus outcome,
            HttpServletRequest request,
            HttpServletResponse response) {
        switch (move) {
            case START -> measures.start(user, id, version);
            case REPORT_DONE ->
                measures.reportDone(user, id, version, outcome == null ? MeasureStatus.DONE : outcome, reason);
            case RETURN -> measures.sendBack(user, id, version, reason);
            case REOPEN -> measures.reopen(user, id, version, reason);
            case CLOSE -> measures.close(user, id, version);
        }
        return Htmx.reload(request, response, "/measures/" + id, "已" + move.label(), "moves");
    }
}
