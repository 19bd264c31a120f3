package taizhang.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.shared.InvalidRequestException;

/** Thresholds, ratings and the office's adjustment, without Spring. */
class RatingTest {

    private static final Thresholds T = Thresholds.DEFAULT;

    @Test
    void eachThresholdIsTheLowestScoreOfItsRating() {
        assertThat(T.rate(new BigDecimal("100"))).isEqualTo(Rating.GOOD);
        assertThat(T.rate(new BigDecimal("90.00"))).isEqualTo(Rating.GOOD);
        assertThat(T.rate(new BigDecimal("89.99"))).isEqualTo(Rating.FAIRLY_GOOD);
        assertThat(T.rate(new BigDecimal("80"))).isEqualTo(Rating.FAIRLY_GOOD);
        assertThat(T.rate(new BigDecimal("60"))).isEqualTo(Rating.FAIR);
        assertThat(T.rate(new BigDecimal("59.99"))).isEqualTo(Rating.POOR);
        assertThat(Rating.FAIR.label()).isEqualTo("一般");
        assertThat(Rating.FAIR.needsFeedback()).isTrue();
        assertThat(Rating.POOR.needsFeedback()).isTrue();
        assertThat(Rating.FAIRLY_GOOD.needsFeedback()).isFalse();
    }

    @Test
    void thresholdsRiseStrictlyWithin0To100() {
        assertThatThrownBy(() -> new Thresholds(new BigDecimal("80"), new BigDecimal("80"), new BigDecimal("60")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("等次分数线应依次升高：一般 < 较好 < 好");
        assertThatThrownBy(() -> new Thresholds(new BigDecimal("101"), new BigDecimal("80"), new BigDecimal("60")))
                .hasMessage("等次分数线应在 0 到 100 分之间");
        assertThatThrownBy(() -> new Thresholds(null, new BigDecimal("80"), new BigDecimal("60")))
                .hasMessage("请填写好、较好、一般三个等次的最低分");
    }

    @Test
    void anAdjustmentNeedsAReasonAndAScoreWithin0To100() {
        assertThatThrownBy(() -> Adjustment.of(new BigDecimal("85"), "  ", "office", Instant.EPOCH))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("调整考核分数必须写明理由");
        assertThatThrownBy(() -> Adjustment.of(new BigDecimal("100.5"), "理由", "office", Instant.EPOCH))
                .hasMessage("调整后的分数应在 0 到 100 分之间");
        assertThatThrownBy(() -> Adjustment.of(null, "理由", "office", Instant.EPOCH))
                .hasMessage("调整后的分数应在 0 到 100 分之间");
        assertThat(Adjustment.of(new BigDecimal("85.125"), " 核实后补报 ", "office", Instant.EPOCH))
                .satisfies(a -> {
                    assertThat(a.score()).isEqualTo(new BigDecimal("85.13"));
                    assertThat(a.reason()).isEqualTo("核实后补报");
                });
    }

    @Test
    void anAdjustedResultKeepsTheComputedScoreAndItsLinesStillAddUp() {
        UnitScore computed = Scoring.score(
                AssessmentSettings.defaults(),
                5,
                "赤峰市",
                java.util.Map.of(Rule.ON_TIME_REPORTS, Observation.rate(Rule.ON_TIME_REPORTS, 0, 12, "应报 12 次")));
        assertThat(computed.score()).isEqualByComparingTo("70");
        UnitResult plain = UnitResult.of(computed, null, T, 0);
        assertThat(plain.rating()).isEqualTo(Rating.FAIR);

        UnitResult adjusted = UnitResult.of(
                computed, Adjustment.of(new BigDecimal("82.5"), "补报材料经核实", "office", Instant.EPOCH), T, 1);

        assertThat(adjusted.computedScore()).isEqualByComparingTo("70");
        assertThat(adjusted.score()).isEqualByComparingTo("82.5");
        assertThat(adjusted.rating()).isEqualTo(Rating.FAIRLY_GOOD);
        List<Component> lines = adjusted.components();
        assertThat(lines).last().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Component.ADJUSTMENT);
            assertThat(c.points()).isEqualByComparingTo("12.5");
            assertThat(c.detail()).isEqualTo("整改办调整：补报材料经核实");
        });
        assertThat(lines.stream().map(Component::points).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(adjusted.score());
    }
}
