package taizhang.assessment;

import java.math.BigDecimal;

/**
 * One line of a score's breakdown: the rule, its weight, the raw value (a rate in percent or a
 * count), and the points it gave, with how they were reached in words. The office's adjustment
 * is a line of its own ({@link #ADJUSTMENT}, weight 0), so a unit's points always add up to its
 * score.
 */
public record Component(
        String rule, String label, BigDecimal weight, BigDecimal value, BigDecimal points, String detail) {

    public static final String ADJUSTMENT = "ADJUSTMENT";

    static Component adjustment(BigDecimal delta, String reason) {
        return new Component(ADJUSTMENT, "人工调整", Scoring.points(BigDecimal.ZERO), delta, delta, "整改办调整：" + reason);
    }
}
