package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The completion rate: finished measures over all. */
class CompletionRateTest {

    @Test
    void rateIsFinishedOverAllInPercentRoundedHalfUp() {
        assertThat(CompletionRate.of(688, 697)).hasToString("98.71");
        assertThat(CompletionRate.of(2, 3)).hasToString("66.67");
        assertThat(CompletionRate.of(1, 8)).hasToString("12.50");
        assertThat(CompletionRate.of(82, 82)).hasToString("100.00");
    }

    @Test
    void nothingToCountIsZeroPercent() {
        assertThat(CompletionRate.of(0, 0)).hasToString("0.00");
    }

    @Test
    void refusesMoreFinishedThanThereAre() {
        assertThatThrownBy(() -> CompletionRate.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompletionRate.of(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
