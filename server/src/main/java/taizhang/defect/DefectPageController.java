package taizhang.defect;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.shared.CurrentUser;

/** The measure page's 文字疑点 panel, loaded apart from the page; a correction or check reloads the page with
 * its message beside the panel. */
@Controller
class DefectPageController implements PageController {

    /** Chars of the measure's text shown on each side of the defect's words. */
    private static final int CONTEXT = 16;

    /** The part of the measure page a correction's or check's message is shown in. */
    private static final String TEXT_DEFECTS = "text-defects";

    private final TextDefects defects;
    private final MeasureService measures;

    DefectPageController(TextDefects defects, MeasureService measures) {
        this.defects = defects;
        this.measures = measures;
    }

    @GetMapping("/measures/{id}/text-defects")
    String panel(CurrentUser user, @PathVariable long id, Model model) {
        Measure m = measures.get(user, id);
        String text = m.officialText();
        List<DefectPanel.Item> items = defects.of(user, id).stream()
                .map(d -> item(d, text.contains(d.text()) ? text : m.title()))
                .toList();
        model.addAttribute(
                "panel", new DefectPanel(id, items, measures.rights(user, m).mayEdit()));
        return "defect/_panel";
    }

    @PostMapping("/measures/{id}/text-defects/{defectId}/check")
    ResponseEntity<Void> check(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long defectId,
            HttpServletRequest request,
            HttpServletResponse response) {
        TextDefect checked = defects.check(user, id, defectId);
        return Htmx.reload(request, response, page(id), "已核对无误，“" + checked.text() + "”保持原样", TEXT_DEFECTS);
    }

    @PostMapping("/measures/{id}/text-defects/{defectId}/correct")
    ResponseEntity<Void> correct(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long defectId,
            @RequestParam @NotBlank @Size(max = 200) String replacement,
            HttpServletRequest request,
            HttpServletResponse response) {
        defects.correct(user, id, defectId, replacement.strip());
        return Htmx.reload(request, response, page(id), "已改正为“" + replacement.strip() + "”", TEXT_DEFECTS);
    }

    /**
     * The measure page, without a fragment: htmx sends the browser there by {@code HX-Redirect}, and
     * an address that differs from the page's only by its fragment would scroll, not reload.
     */
    private static String page(long measureId) {
        return "/measures/" + measureId;
    }

    private static DefectPanel.Item item(TextDefect d, String text) {
        int at = text.indexOf(d.text());
        if (at < 0) {
            return new DefectPanel.Item(d, "", "");
        }
        int end = at + d.text().length();
        return new DefectPanel.Item(
                d,
                (at > CONTEXT ? "…" : "") + text.substring(Math.max(0, at - CONTEXT), at),
                text.substring(end, Math.min(text.length(), end + CONTEXT))
                        + (end + CONTEXT < text.length() ? "…" : ""));
    }
}
