package taizhang.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import taizhang.progress.CycleGate.Stance;
import taizhang.shared.RuleViolationException;

class ReportPeriodsTest {

    private static final LocalDate DECEMBER_THIRD = LocalDate.of(2026, 12, 3);

    @Test
    void letsAUnitFileForAnEndedPeriodWhileItsCycleIsOpen() {
        assertThat(ReportPeriods.forUnit("2026-11", DECEMBER_THIRD, false, Stance.OPEN)
                        .label())
                .isEqualTo("2026-11");
        assertThatThrownBy(() -> ReportPeriods.forUnit("2026-11", DECEMBER_THIRD, false, Stance.NONE))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("补报");
    }

    @Test
    void refusesAPeriodAClosedCycleLockedEvenWithABackfillDecision() {
        assertThatThrownBy(() -> ReportPeriods.forUnit("2026-11", DECEMBER_THIRD, true, Stance.CLOSED))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("已经关闭");
        assertThatThrownBy(() -> ReportPeriods.forUnit("2026-12", DECEMBER_THIRD, false, Stance.CLOSED))
                .hasMessageContaining("2026年12月的调度周期已经关闭");
    }

    @Test
    void stillRefusesFuturePeriodsWhateverTheCycles() {
        assertThatThrownBy(() -> ReportPeriods.forUnit("2027-01", DECEMBER_THIRD, false, Stance.OPEN))
                .hasMessageContaining("尚未开始");
    }
}
