package taizhang.assessment;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import taizhang.shared.InvalidRequestException;

/**
 * A campaign's assessment rules: every {@link Rule} once, in the rules' order, with weights that
 * add up to 100, so a score reads on the familiar 100-point scale; and the rating thresholds.
 */
public record AssessmentSettings(List<RuleSetting> rules, Thresholds thresholds, int version) {

    public AssessmentSettings {
        if (thresholds == null) {
            throw new InvalidRequestException("thresholds", "请填写等次分数线");
        }
        Map<Rule, RuleSetting> byRule = new EnumMap<>(Rule.class);
        for (RuleSetting setting : rules == null ? List.<RuleSetting>of() : rules) {
            if (byRule.put(setting.rule(), setting) != null) {
                throw new InvalidRequestException("rules", setting.rule().label() + "重复设置");
            }
        }
        for (Rule rule : Rule.values()) {
            if (!byRule.containsKey(rule)) {
                throw new InvalidRequestException("rules", "缺少考核规则：" + rule.label());
            }
        }
        BigDecimal total = byRule.values().stream().map(RuleSetting::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(Scoring.FULL) != 0) {
            throw new InvalidRequestException(
                    "rules", "各项权重合计应为 100 分，现为 " + total.stripTrailingZeros().toPlainString() + " 分");
        }
        rules = List.copyOf(byRule.values());
    }

    /** The defaults of {@link Rule} and {@link Thresholds#DEFAULT}: what a campaign never set is assessed by. */
    public static AssessmentSettings defaults() {
        return new AssessmentSettings(
                Arrays.stream(Rule.values()).map(RuleSetting::defaultFor).toList(), Thresholds.DEFAULT, 0);
    }

    public RuleSetting of(Rule rule) {
        return rules.stream().filter(s -> s.rule() == rule).findFirst().orElseThrow();
    }
}
