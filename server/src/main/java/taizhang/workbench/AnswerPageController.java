package taizhang.workbench;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.extension.ExtensionService;
import taizhang.home.PageController;
import taizhang.ledger.SignService;
import taizhang.shared.CurrentUser;

/** A unit's answers to an assignment from 我的任务 and the measure page: 签收 and 申请延期. */
@Controller
class AnswerPageController implements PageController {

    private final SignService signs;
    private final ExtensionService extensions;

    AnswerPageController(SignService signs, ExtensionService extensions) {
        this.signs = signs;
        this.extensions = extensions;
    }

    @PostMapping("/my/measures/{id}/sign")
    String signFromMy(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long orgId) {
        signs.sign(user, id, orgId);
        return "redirect:/my";
    }

    @PostMapping("/measures/{id}/sign")
    String sign(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long orgId) {
        signs.sign(user, id, orgId);
        return "redirect:/measures/" + id + "#signing";
    }

    @PostMapping("/measures/{id}/extensions")
    String ask(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate requestedDeadline,
            @RequestParam @Size(max = 1000) String reason,
            @RequestParam(required = false) Long orgId) {
        extensions.ask(user, id, orgId, requestedDeadline, reason);
        return "redirect:/measures/" + id + "#extensions";
    }
}
