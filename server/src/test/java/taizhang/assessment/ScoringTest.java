package taizhang.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import taizhang.shared.InvalidRequestException;

/** The weighing of a unit's observations, without Spring. */
class ScoringTest {

    private static final AssessmentSettings DEFAULTS = AssessmentSettings.defaults();

    private static Map<Rule, Observation> observed(Observation... observations) {
        Map<Rule, Observation> map = new EnumMap<>(Rule.class);
        for (Observation o : observations) {
            map.put(o.rule(), o);
        }
        return map;
    }

    private static Component line(UnitScore score, Rule rule) {
        return score.components().stream()
                .filter(c -> c.rule().equals(rule.name()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aRateRuleGivesItsWeightTimesTheShareRoundedToTheCent() {
        UnitScore s =
                Scoring.score(DEFAULTS, 7, "通辽市", observed(Observation.rate(Rule.ON_TIME_REPORTS, 16, 18, "应报 18 次")));

        Component onTime = line(s, Rule.ON_TIME_REPORTS);
        assertThat(onTime.value()).isEqualByComparingTo("88.89");
        assertThat(onTime.points()).isEqualByComparingTo("26.67");
        assertThat(onTime.weight()).isEqualByComparingTo("30");
        assertThat(onTime.detail()).isEqualTo("应报 18 次；30 × 88.89% = 26.67 分");
    }

    @Test
    void aCountRuleDeductsPerOccurrenceAndNeverBelowZero() {
        UnitScore s = Scoring.score(
                DEFAULTS,
                7,
                "通辽市",
                observed(
                        Observation.count(Rule.RETURNED_REPORTS, 2, "退回 2 份"),
                        Observation.count(Rule.OVERDUE_RED, 9, "红 9 项")));

        assertThat(line(s, Rule.RETURNED_REPORTS).points()).isEqualByComparingTo("6");
        assertThat(line(s, Rule.RETURNED_REPORTS).detail()).isEqualTo("退回 2 份；10 − 2 × 2 = 6 分");
        assertThat(line(s, Rule.OVERDUE_RED).points()).isEqualByComparingTo("0");
        assertThat(line(s, Rule.OVERDUE_RED).detail()).endsWith("（扣完为止）");
    }

    @Test
    void nothingToCountGivesFullPointsForARateAndNoneDeductedForACount() {
        UnitScore s = Scoring.score(DEFAULTS, 7, "通辽市", observed(Texts.none(Rule.COMPLETION, true)));

        assertThat(line(s, Rule.COMPLETION).points()).isEqualByComparingTo("30");
        assertThat(line(s, Rule.COMPLETION).detail()).contains("按满分计");
        assertThat(line(s, Rule.SUPERVISION_FINDINGS).points()).isEqualByComparingTo("10");
        assertThat(s.score()).isEqualByComparingTo("100");
    }

    @Test
    void aRuleWithoutASourceCountsNothingAndSaysSo() {
        assertThat(Texts.none(Rule.SUPERVISION_FINDINGS, false).detail()).isEqualTo("督导发现问题尚未接入考核数据，按 0 次计");
        assertThat(Texts.none(Rule.ACCOUNTABILITY, true).detail()).isEqualTo("本年度无责任追究记录");
    }

    @Test
    void thePointsAddUpToTheScoreExactlyForAnyObservations() {
        Random random = new Random(14);
        for (int i = 0; i < 500; i++) {
            long required = random.nextInt(40);
            long due = random.nextInt(13);
            UnitScore s = Scoring.score(
                    DEFAULTS,
                    i,
                    "单位" + i,
                    observed(
                            Observation.rate(
                                    Rule.ON_TIME_REPORTS,
                                    required == 0 ? 0 : random.nextLong(required + 1),
                                    required,
                                    ""),
                            Observation.rate(Rule.COMPLETION, due == 0 ? 0 : random.nextLong(due + 1), due, ""),
                            Observation.count(Rule.RETURNED_REPORTS, random.nextInt(7), ""),
                            Observation.count(Rule.EXTENSIONS, random.nextInt(3), ""),
                            Observation.count(Rule.SUPERVISION_FINDINGS, random.nextInt(4) / 2.0, "")));
            BigDecimal sum = s.components().stream().map(Component::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualTo(s.score());
            assertThat(s.score()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
            assertThat(s.components()).hasSize(Rule.values().length);
        }
    }

    @Test
    void theCampaignsOwnWeightsAreUsed() {
        List<RuleSetting> rules = List.of(
                new RuleSetting(Rule.ON_TIME_REPORTS, new BigDecimal("50"), BigDecimal.ZERO),
                new RuleSetting(Rule.COMPLETION, new BigDecimal("20"), BigDecimal.ZERO),
                new RuleSetting(Rule.RETURNED_REPORTS, new BigDecimal("10"), new BigDecimal("5")),
                new RuleSetting(Rule.EXTENSIONS, new BigDecimal("5"), BigDecimal.ONE),
                new RuleSetting(Rule.SUPERVISION_FINDINGS, new BigDecimal("5"), BigDecimal.ONE),
                new RuleSetting(Rule.OVERDUE_RED, new BigDecimal("5"), BigDecimal.ONE),
                new RuleSetting(Rule.ACCOUNTABILITY, new BigDecimal("5"), new BigDecimal("5")));
        AssessmentSettings settings = new AssessmentSettings(rules, Thresholds.DEFAULT, 3);

        UnitScore s = Scoring.score(
                settings,
                1,
                "赤峰市",
                observed(
                        Observation.rate(Rule.ON_TIME_REPORTS, 1, 2, ""),
                        Observation.count(Rule.RETURNED_REPORTS, 1, "")));

        assertThat(line(s, Rule.ON_TIME_REPORTS).points()).isEqualByComparingTo("25");
        assertThat(line(s, Rule.RETURNED_REPORTS).points()).isEqualByComparingTo("5");
        assertThat(s.score()).isEqualByComparingTo("70");
    }

    @Test
    void settingsNeedEveryRuleOnceAndWeightsAddingUpTo100() {
        List<RuleSetting> rules = new java.util.ArrayList<>(DEFAULTS.rules());
        rules.set(0, new RuleSetting(Rule.ON_TIME_REPORTS, new BigDecimal("35"), BigDecimal.ZERO));
        assertThatThrownBy(() -> new AssessmentSettings(rules, Thresholds.DEFAULT, 0))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("各项权重合计应为 100 分，现为 105 分");
        assertThatThrownBy(() -> new AssessmentSettings(rules.subList(1, rules.size()), Thresholds.DEFAULT, 0))
                .hasMessage("缺少考核规则：按时报送率");
        assertThatThrownBy(() -> new RuleSetting(Rule.EXTENSIONS, new BigDecimal("-1"), BigDecimal.ONE))
                .hasMessage("申请延期的权重应在 0 到 100 分之间");
    }

    @Test
    void aRateRuleKeepsNoDeduction() {
        assertThat(new RuleSetting(Rule.COMPLETION, BigDecimal.TEN, BigDecimal.TEN).deduction())
                .isEqualByComparingTo("0");
    }
}
