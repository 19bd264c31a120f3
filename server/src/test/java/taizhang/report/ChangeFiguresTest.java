package taizhang.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.report.ChangeRepository.CycleReading;
import taizhang.report.LedgerChanges.FigureChange;
import taizhang.shared.Cycle;

/** A later cycle's figures against what stood at the end of an earlier cycle. */
class ChangeFiguresTest {

    private static final Cycle SEPTEMBER = Cycle.month(2026, 9);
    private static final Cycle OCTOBER = Cycle.month(2026, 10);

    private final List<CycleReading> readings = new ArrayList<>();

    private void reading(long indicator, String period, int value) {
        readings.add(new CycleReading(
                readings.size() + 1,
                indicator,
                indicator * 10,
                1,
                "措施" + indicator,
                "指标" + indicator,
                "人",
                period,
                BigDecimal.valueOf(value),
                Instant.EPOCH));
    }

    private List<FigureChange> changes() {
        return ChangeFigures.betweenCycles(readings, SEPTEMBER, OCTOBER);
    }

    @Test
    void aFigureWithNothingBeforeIsNew() {
        reading(1, "2026-10", 7);
        assertThat(changes()).singleElement().satisfies(f -> {
            assertThat(f.isNew()).isTrue();
            assertThat(f.value()).isEqualTo(BigDecimal.valueOf(7));
            assertThat(f.previousPeriod()).isNull();
        });
    }

    @Test
    void comparesWithTheLatestPeriodEndingByTheEarlierCycle() {
        reading(1, "2026-Q2", 5);
        reading(1, "2026-08", 90);
        reading(1, "2026-09", 100);
        reading(1, "2026-10", 150);
        assertThat(changes()).singleElement().satisfies(f -> {
            assertThat(f.previous()).isEqualTo(BigDecimal.valueOf(100));
            assertThat(f.previousPeriod()).isEqualTo("2026-09");
            assertThat(f.value()).isEqualTo(BigDecimal.valueOf(150));
        });
    }

    @Test
    void ignoresPeriodsEndingAfterTheEarlierCycle() {
        reading(1, "2026-Q3", 60);
        reading(1, "2026-Q4", 999);
        reading(1, "2026", 999);
        reading(1, "2026-10", 70);
        assertThat(changes()).singleElement().satisfies(f -> {
            assertThat(f.previous()).isEqualTo(BigDecimal.valueOf(60));
            assertThat(f.previousPeriod()).isEqualTo("2026-Q3");
        });
    }

    @Test
    void anUnchangedFigureIsNoChange() {
        reading(1, "2026-09", 50);
        reading(1, "2026-10", 50);
        assertThat(changes()).isEmpty();
    }

    @Test
    void theLastReadingOfTheLaterCycleCounts() {
        reading(1, "2026-09", 50);
        reading(1, "2026-10", 60);
        reading(1, "2026-10", 50);
        assertThat(changes()).isEmpty();
    }

    @Test
    void onePerIndicatorInReportOrder() {
        reading(2, "2026-10", 1);
        reading(1, "2026-09", 3);
        reading(1, "2026-10", 4);
        reading(3, "2026-09", 9);
        assertThat(changes()).extracting(FigureChange::indicator).containsExactly("指标2", "指标1");
    }
}
