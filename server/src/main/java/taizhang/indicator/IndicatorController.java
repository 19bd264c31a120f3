package taizhang.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import taizhang.shared.CurrentUser;

@RestController
@RequestMapping("/api/v1")
class IndicatorController {

    record IndicatorRequest(
            @NotBlank @Size(max = 300) String name,
            @Size(max = 30) String unit,
            BigDecimal target,
            BigDecimal baseline) {}

    record ReadingRequest(
            @NotBlank @Size(max = 10) String period,
            @NotNull BigDecimal value,
            @Size(max = 500) String source) {}

    /** 修改指标: the name, unit and target as they should read; the target left out (null) is none. */
    record EditRequest(
            @NotNull Integer version,
            @NotBlank @Size(max = IndicatorEdits.MAX_NAME) String name,
            @Size(max = IndicatorEdits.MAX_UNIT) String unit,
            BigDecimal target) {}

    private final IndicatorService indicators;
    private final IndicatorEdits edits;

    IndicatorController(IndicatorService indicators, IndicatorEdits edits) {
        this.indicators = indicators;
        this.edits = edits;
    }

    /** The office's: 409 when the indicator changed since {@code version} was read. */
    @PutMapping("/indicators/{id}")
    Indicator edit(CurrentUser user, @PathVariable long id, @Valid @RequestBody EditRequest r) {
        return edits.edit(user, id, r.version(), r.name(), r.unit(), r.target());
    }

    @GetMapping("/measures/{measureId}/indicators")
    List<IndicatorService.IndicatorView> forMeasure(CurrentUser user, @PathVariable long measureId) {
        return indicators.forMeasure(user, measureId);
    }

    @PostMapping("/measures/{measureId}/indicators")
    @ResponseStatus(HttpStatus.CREATED)
    Indicator create(CurrentUser user, @PathVariable long measureId, @Valid @RequestBody IndicatorRequest r) {
        return indicators.create(user, measureId, r.name().strip(), r.unit(), r.target(), r.baseline());
    }

    @GetMapping("/indicators/{id}")
    IndicatorService.IndicatorView get(CurrentUser user, @PathVariable long id) {
        return indicators.view(user, id);
    }

    @PostMapping("/indicators/{id}/readings")
    @ResponseStatus(HttpStatus.CREATED)
    Reading addReading(CurrentUser user, @PathVariable long id, @Valid @RequestBody ReadingRequest r) {
        return indicators.addReading(user, id, r.period(), r.value(), r.source());
    }
}
