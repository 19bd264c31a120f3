package taizhang.supervision;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.ledger.MeasureCodes;
import taizhang.shared.CurrentUser;

/** 责任追究, the register's page and its form: offices, supervisors and leaders only. */
@Controller
class AccountabilityPageController implements PageController {

    private static final String PAGE = "/supervision/accountability";

    private final SupervisionPages pages;
    private final AccountabilityService register;
    private final MeasureCodes codes;

    AccountabilityPageController(SupervisionPages pages, AccountabilityService register, MeasureCodes codes) {
        this.pages = pages;
        this.register = register;
        this.codes = codes;
    }

    @GetMapping(PAGE)
    String page(CurrentUser user, @RequestParam(required = false) Long campaign, Model model) {
        model.addAttribute("page", pages.accountability(user, campaign));
        return "supervision/accountability";
    }

    @PostMapping(PAGE)
    ResponseEntity<Void> record(
            CurrentUser user,
            @RequestParam long campaign,
            @RequestParam long unit,
            @RequestParam(required = false) @Size(max = 100) String personName,
            @RequestParam(required = false) @Size(max = 200) String personPost,
            @RequestParam String kind,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
            @RequestParam @Size(max = 200) String decidedBy,
            @RequestParam(required = false) @Size(max = 100) String documentNo,
            @RequestParam(required = false) @Size(max = 4000) String description,
            @RequestParam(required = false) @Size(max = 2000) String measures,
            @RequestParam(required = false) List<Long> itemIds,
            HttpServletRequest request,
            HttpServletResponse response) {
        AccountabilityView made = register.record(
                user,
                campaign,
                new AccountabilityAction.Terms(
                        unit,
                        personName,
                        personPost,
                        AccountabilityKind.parse(kind),
                        decidedOn,
                        decidedBy,
                        documentNo,
                        description,
                        codes.resolveAll(user, campaign, measures, "measures"),
                        itemIds));
        return Htmx.reload(
                request,
                response,
                PAGE + "?campaign=" + campaign,
                "已登记：" + made.subject() + " " + made.kind(),
                "record-action");
    }
}
