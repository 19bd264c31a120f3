package taizhang.assessment;

import java.math.BigDecimal;
import taizhang.shared.InvalidRequestException;

/**
 * A rule's weight in one campaign (its full points) and, for a count rule, the points one
 * occurrence deducts; a rate rule ignores the deduction and keeps it 0.
 */
public record RuleSetting(Rule rule, BigDecimal weight, BigDecimal deduction) {

    public RuleSetting {
        if (rule == null) {
            throw new InvalidRequestException("rules", "考核规则不能为空");
        }
        if (weight == null || weight.signum() < 0 || weight.compareTo(Scoring.FULL) > 0) {
            throw new InvalidRequestException("rules", rule.label() + "的权重应在 0 到 100 分之间");
        }
        if (deduction == null || deduction.signum() < 0 || deduction.compareTo(Scoring.FULL) > 0) {
            throw new InvalidRequestException("rules", rule.label() + "的每次扣分应在 0 到 100 分之间");
        }
        weight = Scoring.points(weight);
        deduction = rule.isRate() ? Scoring.points(BigDecimal.ZERO) : Scoring.points(deduction);
    }

    static RuleSetting defaultFor(Rule rule) {
        return new RuleSetting(rule, rule.defaultWeight(), rule.defaultDeduction());
    }
}
