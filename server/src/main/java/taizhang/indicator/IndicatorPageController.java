package taizhang.indicator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.shared.CurrentUser;

/** The measure page's 修改指标 form: name, unit and target, back to the indicator on the page
 * with the message beside it. */
@Controller
class IndicatorPageController implements PageController {

    private final IndicatorEdits edits;

    IndicatorPageController(IndicatorEdits edits) {
        this.edits = edits;
    }

    @PostMapping("/indicators/{id}/edit")
    ResponseEntity<Void> edit(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam @Size(max = IndicatorEdits.MAX_NAME) String name,
            @RequestParam(defaultValue = "") @Size(max = IndicatorEdits.MAX_UNIT) String unit,
            @RequestParam(required = false) BigDecimal target,
            HttpServletRequest request,
            HttpServletResponse response) {
        Indicator edited = edits.edit(user, id, version, name, unit, target);
        return Htmx.reload(
                request,
                response,
                "/measures/" + edited.measureId() + "#indicator-" + id,
                "已保存指标“" + edited.name() + "”",
                "indicator-" + id);
    }
}
