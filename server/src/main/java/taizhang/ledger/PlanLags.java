package taizhang.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Lag against plan (计划进度滞后), assessed where the plans and figures live: for measures with an
 * indicator target and a plan, RED while a figure is behind the planned share, YELLOW once caught up
 * until a cycle confirms it, GREEN on plan. Measures without a plan are left out of the answers.
 */
public interface PlanLags {

    /** The lag of each of the campaign's measures that has a plan. */
    Map<Long, WarningLevel> ofCampaign(long campaignId, List<LocalDate> cycleDueDates, LocalDate today);

    /** The measure's lag; empty map when it has no plan. */
    Map<Long, WarningLevel> ofMeasure(long measureId, List<LocalDate> cycleDueDates, LocalDate today);
}
