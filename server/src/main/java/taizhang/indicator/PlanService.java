package taizhang.indicator;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.ledger.CampaignService;
import taizhang.ledger.WarningService;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;

/**
 * Indicators' plans (计划进度): who sees an indicator sees its plan; its campaign's office sets or
 * removes it, audited, and the measure's warning follows at once.
 */
@Service
public class PlanService {

    private final PlanRepository plans;
    private final IndicatorService indicators;
    private final CampaignService campaigns;
    private final WarningService warnings;
    private final AuditTrail audit;
    private final Clock clock;

    PlanService(
            PlanRepository plans,
            IndicatorService indicators,
            CampaignService campaigns,
            WarningService warnings,
            AuditTrail audit,
            Clock clock) {
        this.plans = plans;
        this.indicators = indicators;
        this.campaigns = campaigns;
        this.warnings = warnings;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<IndicatorPlan> get(CurrentUser user, long indicatorId) {
        indicators.get(user, indicatorId);
        return plans.find(indicatorId);
    }

    /** The plans of indicators a page has just shown the reader, by indicator id. */
    public java.util.Map<Long, IndicatorPlan> ofListed(java.util.List<Long> indicatorIds) {
        return plans.forIndicators(indicatorIds).stream()
                .collect(java.util.stream.Collectors.toMap(IndicatorPlan::indicatorId, p -> p));
    }

    /** Sets the plan of a measure's indicator, which must have a target to plan a share of. */
    @Transactional
    public IndicatorPlan set(CurrentUser user, IndicatorPlan plan) {
        Indicator indicator = editable(user, plan.indicatorId());
        if (indicator.target() == null || indicator.target().signum() <= 0) {
            throw new InvalidRequestException("target", "指标“" + indicator.name() + "”没有目标值，无法按计划进度预警");
        }
        Optional<IndicatorPlan> before = plans.find(indicator.id());
        plans.replace(plan, user.username(), clock.instant());
        IndicatorPlan after = plans.find(indicator.id()).orElseThrow();
        audit.record(user.username(), "indicator.plan", "indicator", indicator.id(), before.orElse(null), after);
        warnings.planChanged(indicator.measureId());
        return after;
    }

    @Transactional
    public void remove(CurrentUser user, long indicatorId) {
        Indicator indicator = editable(user, indicatorId);
        Optional<IndicatorPlan> before = plans.find(indicatorId);
        if (before.isPresent() && plans.delete(indicatorId)) {
            audit.record(user.username(), "indicator.plan-removed", "indicator", indicatorId, before.get(), null);
            warnings.planChanged(indicator.measureId());
        }
    }

    private Indicator editable(CurrentUser user, long indicatorId) {
        Indicator indicator = indicators.get(user, indicatorId);
        campaigns.getForEditing(user, indicator.campaignId());
        if (indicator.measureId() == null) {
            throw new InvalidRequestException("indicatorId", "计划进度只能设在措施的指标上");
        }
        return indicator;
    }
}
