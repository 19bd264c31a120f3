package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 逾期, decided once: past the deadline's day and not finished. */
class OverdueTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 9, 1);
    /** Deadlines around today, and none. */
    private static final List<LocalDate> DEADLINES =
            Arrays.asList(null, TODAY.minusYears(1), TODAY.minusDays(1), TODAY, TODAY.plusDays(1));

    @Test
    void unfinishedWorkPastItsDeadlineIsOverdue() {
        for (MeasureStatus status : List.of(MeasureStatus.NOT_STARTED, MeasureStatus.IN_PROGRESS)) {
            assertThat(Overdue.is(status, TODAY.minusDays(1), TODAY))
                    .as(status.name())
                    .isTrue();
        }
    }

    @Test
    void substantiallyDoneWorkIsStillOverdue() {
        assertThat(Overdue.is(MeasureStatus.SUBSTANTIALLY_DONE, TODAY.minusDays(1), TODAY))
                .isTrue();
    }

    @Test
    void finishedWorkNeverIs() {
        for (MeasureStatus status : MeasureStatus.FINISHED) {
            assertThat(Overdue.is(status, TODAY.minusYears(1), TODAY))
                    .as(status.name())
                    .isFalse();
        }
    }

    @Test
    void aDeadlineOfTodayHasNotPassedAndNoDeadlineNeverDoes() {
        assertThat(Overdue.is(MeasureStatus.IN_PROGRESS, TODAY, TODAY)).isFalse();
        assertThat(Overdue.is(MeasureStatus.IN_PROGRESS, TODAY.plusDays(1), TODAY))
                .isFalse();
        assertThat(Overdue.is(MeasureStatus.IN_PROGRESS, null, TODAY)).isFalse();
    }

    @Test
    void theLedgerFilterSelectsExactlyTheOverdue() {
        LedgerCriteria overdueOnly = new LedgerCriteria(
                1L, null, null, null, null, null, null, null, null, null, null, null, null, true, null, null, null);
        MeasureFilter filter = overdueOnly.filter(TODAY);
        for (MeasureStatus status : MeasureStatus.values()) {
            for (LocalDate deadline : DEADLINES) {
                boolean selected = filter.statuses().contains(status)
                        && deadline != null
                        && !deadline.isAfter(filter.deadlineTo());
                assertThat(selected).as("%s, due %s", status, deadline).isEqualTo(Overdue.is(status, deadline, TODAY));
            }
        }
    }

    @Test
    void isRedWheneverOverdue() {
        Instant now = Instant.parse("2021-09-01T02:00:00Z");
        ZoneId beijing = ZoneId.of("Asia/Shanghai");
        for (MeasureStatus status : MeasureStatus.values()) {
            for (LocalDate deadline : DEADLINES) {
                if (Overdue.is(status, deadline, TODAY)) {
                    assertThat(WarningLevel.of(status, deadline, now, now, null, now, beijing, WarningRules.DEFAULT))
                            .as("%s, due %s", status, deadline)
                            .isEqualTo(WarningLevel.RED);
                }
            }
        }
    }

    @Test
    void todayIsTheClocksDateInItsZone() {
        // 23:30 UTC on 31 August is already 1 September in Beijing.
        Clock clock = Clock.fixed(Instant.parse("2021-08-31T23:30:00Z"), ZoneId.of("Asia/Shanghai"));
        assertThat(Overdue.today(clock)).isEqualTo(TODAY);
    }
}
