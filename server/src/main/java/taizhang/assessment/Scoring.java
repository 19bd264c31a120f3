package taizhang.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import taizhang.shared.Percent;

/**
 * Weighs a unit's observations by the campaign's settings. Each rule's points are rounded to two
 * decimals first and the score is their sum, so the breakdown adds up to the score to the cent.
 * A rate rule with nothing to count (no report required, no deadline fallen due) gives its full
 * weight: the unit failed nothing; a rule nobody observed counts 0 occurrences, said in its detail.
 */
public final class Scoring {

    static final BigDecimal FULL = new BigDecimal("100.00");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {}

    /** A score or weight as kept: two decimals, half up. */
    public static BigDecimal points(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    public static UnitScore score(
            AssessmentSettings settings, long orgId, String name, Map<Rule, Observation> observed) {
        List<Component> components = new ArrayList<>();
        for (RuleSetting setting : settings.rules()) {
            Observation o = observed.get(setting.rule());
            components.add(setting.rule().isRate() ? rate(setting, o) : count(setting, o));
        }
        BigDecimal score = components.stream().map(Component::points).reduce(points(BigDecimal.ZERO), BigDecimal::add);
        return new UnitScore(orgId, name, score, components);
    }

    private static Component rate(RuleSetting s, Observation o) {
        if (o == null || o.whole() == 0) {
            return component(
                    s, FULL, s.weight(), (o == null ? "无可考核事项" : o.detail()) + "，按满分计：" + plain(s.weight()) + " 分");
        }
        BigDecimal rate = Percent.of(BigDecimal.valueOf((long) o.part()), BigDecimal.valueOf(o.whole()));
        BigDecimal points = points(s.weight().multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP));
        return component(
                s,
                rate,
                points,
                o.detail() + "；" + plain(s.weight()) + " × " + plain(rate) + "% = " + plain(points) + " 分");
    }

    private static Component count(RuleSetting s, Observation o) {
        BigDecimal n = o == null ? points(BigDecimal.ZERO) : points(BigDecimal.valueOf(o.part()));
        BigDecimal deducted = s.deduction().multiply(n);
        BigDecimal points = points(s.weight().subtract(deducted).max(BigDecimal.ZERO));
        String how = plain(s.weight()) + " − " + plain(s.deduction()) + " × " + plain(n) + " = " + plain(points) + " 分"
                + (deducted.compareTo(s.weight()) > 0 ? "（扣完为止）" : "");
        return component(s, n, points, (o == null ? "未记录" : o.detail()) + "；" + how);
    }

    private static Component component(RuleSetting s, BigDecimal value, BigDecimal points, String detail) {
        return new Component(s.rule().name(), s.rule().label(), s.weight(), points(value), points, detail);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
