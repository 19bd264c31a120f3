package taizhang.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import taizhang.shared.CurrentUser;
import taizhang.shared.NotFoundException;

/** 计划进度 through the API: an indicator's plan, by target date or by planned shares per period. */
@RestController
@RequestMapping("/api/v1")
class PlanController {

    record ShareRequest(
            @NotBlank @Size(max = 10) String period,
            @NotNull BigDecimal percent) {}

    /** Either {@code startsOn} and {@code targetDate}, or {@code shares}. */
    record PlanRequest(
            LocalDate startsOn,
            LocalDate targetDate,
            @Valid @Size(max = 120) List<ShareRequest> shares) {}

    private final PlanService plans;

    PlanController(PlanService plans) {
        this.plans = plans;
    }

    /** 404 with a message when the indicator has no plan yet, as for one the user cannot see. */
    @GetMapping("/indicators/{id}/plan")
    IndicatorPlan get(CurrentUser user, @PathVariable long id) {
        return plans.get(user, id).orElseThrow(() -> new NotFoundException("指标 " + id + " 尚未设置计划进度"));
    }

    /** Sets the plan (the campaign's office only); the measure's warning follows at once. */
    @PutMapping("/indicators/{id}/plan")
    IndicatorPlan put(CurrentUser user, @PathVariable long id, @Valid @RequestBody PlanRequest r) {
        List<IndicatorPlan.Share> shares = r.shares() == null
                ? List.of()
                : r.shares().stream()
                        .map(s -> new IndicatorPlan.Share(s.period(), s.percent()))
                        .toList();
        return plans.set(user, new IndicatorPlan(id, r.startsOn(), r.targetDate(), shares));
    }

    @DeleteMapping("/indicators/{id}/plan")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser user, @PathVariable long id) {
        plans.remove(user, id);
    }
}
