package taizhang.indicator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;

/** The plan form of the measure page: a target date, or one "period percent" per line. */
@Controller
class PlanPageController implements PageController {

    private final PlanService plans;
    private final IndicatorService indicators;

    PlanPageController(PlanService plans, IndicatorService indicators) {
        this.plans = plans;
        this.indicators = indicators;
    }

    @PostMapping("/indicators/{id}/plan")
    ResponseEntity<Void> set(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate targetDate,
            @RequestParam(required = false) @Size(max = 2000) String shares,
            HttpServletRequest request,
            HttpServletResponse response) {
        plans.set(user, new IndicatorPlan(id, startsOn, targetDate, shares(shares)));
        return Htmx.reload(
                request,
                response,
                "/measures/" + indicators.get(user, id).measureId() + "#plan-" + id,
                "已保存计划进度",
                "indicator-" + id);
    }

    /** Lines such as {@code 2026-Q1 25} or {@code 2026-03 30%}. */
    static List<IndicatorPlan.Share> shares(String text) {
        List<IndicatorPlan.Share> shares = new ArrayList<>();
        if (text == null) {
            return shares;
        }
        for (String line : text.strip().split("\\R")) {
            String[] parts = line.strip().replace("%", "").split("[\\s,，:：]+");
            if (line.isBlank()) {
                continue;
            }
            if (parts.length != 2 || !parts[1].matches("\\d{1,3}(\\.\\d{1,2})?")) {
                throw new InvalidRequestException("shares", "分期计划每行写“周期 完成比例”，如 2026-Q1 25，收到：" + line.strip());
            }
            shares.add(new IndicatorPlan.Share(parts[0], new BigDecimal(parts[1])));
        }
        return shares;
    }
}
