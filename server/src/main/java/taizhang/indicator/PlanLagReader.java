package taizhang.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import taizhang.ledger.PlanLags;
import taizhang.ledger.WarningLevel;

/** {@link PlanLag} for the ledger's warnings: a measure lags as its most lagging planned indicator. */
@Component
class PlanLagReader implements PlanLags {

    private final PlanRepository plans;
    private final IndicatorRepository indicators;
    private final Clock clock;

    PlanLagReader(PlanRepository plans, IndicatorRepository indicators, Clock clock) {
        this.plans = plans;
        this.indicators = indicators;
        this.clock = clock;
    }

    @Override
    public Map<Long, WarningLevel> ofCampaign(long campaignId, List<LocalDate> cycleDueDates, LocalDate today) {
        return lags(plans.forCampaign(campaignId), cycleDueDates, today);
    }

    @Override
    public Map<Long, WarningLevel> ofMeasure(long measureId, List<LocalDate> cycleDueDates, LocalDate today) {
        return lags(plans.forMeasure(measureId), cycleDueDates, today);
    }

    private Map<Long, WarningLevel> lags(List<IndicatorPlan> planned, List<LocalDate> dueDates, LocalDate today) {
        Map<Long, WarningLevel> lags = new HashMap<>();
        if (planned.isEmpty()) {
            return lags;
        }
        List<Long> ids = planned.stream().map(IndicatorPlan::indicatorId).toList();
        Map<Long, Indicator> byId =
                indicators.byIds(ids).stream().collect(Collectors.toMap(Indicator::id, Function.identity()));
        Map<Long, List<Reading>> readings = indicators.readingsOf(ids);
        for (IndicatorPlan plan : planned) {
            Indicator indicator = byId.get(plan.indicatorId());
            WarningLevel lag = PlanLag.of(
                    indicator,
                    plan,
                    readings.getOrDefault(indicator.id(), List.of()),
                    dueDates,
                    today,
                    clock.getZone());
            lags.merge(indicator.measureId(), lag, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        return lags;
    }
}
