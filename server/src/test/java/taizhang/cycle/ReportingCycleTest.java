package taizhang.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import taizhang.ledger.MeasureStatus;
import taizhang.progress.ReportStatus;
import taizhang.shared.Cycle;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.RuleViolationException;

class ReportingCycleTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atStartOfDay(ZONE).toInstant(), ZONE);
    }

    private static ReportingCycle open(Cycle period, LocalDate due, List<ReportingCycle> existing) {
        return ReportingCycle.open(1, period, due, Set.of(), existing);
    }

    /**
     * A year of 月调度 on an injected clock: each month's cycle opens on its first day, is due on the
     * fifth of the next; on the third the unit has two days left and is pending, on the sixth it is
     * late, a returned report still owes, a resubmitted one settles it; the office then closes the
     * cycle, and a second cycle for the month is refused while the next month opens freely.
     */
    @Test
    void runsAYearOfMonthlyCycles() {
        List<ReportingCycle> campaign = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            Cycle period = Cycle.month(2026, month);
            LocalDate due = period.last().plusDays(5);
            Clock opening = on(period.first());
            ReportingCycle cycle = open(period, due, campaign);
            assertThat(cycle.isOpen()).isTrue();
            assertThat(cycle.daysLeft(LocalDate.now(opening)))
                    .isEqualTo(period.last().getDayOfMonth() + 4L);

            LocalDate third = LocalDate.now(on(period.last().plusDays(3)));
            assertThat(cycle.daysLeft(third)).isEqualTo(2);
            assertThat(Standing.of(null, cycle, third)).isEqualTo(Standing.PENDING);
            assertThat(Standing.of(ReportStatus.DRAFT, cycle, third)).isEqualTo(Standing.PENDING);

            LocalDate sixth = LocalDate.now(on(period.last().plusDays(6)));
            assertThat(cycle.isPastDue(sixth)).isTrue();
            assertThat(Standing.of(null, cycle, sixth)).isEqualTo(Standing.LATE);
            assertThat(Standing.of(ReportStatus.RETURNED, cycle, sixth)).isEqualTo(Standing.RETURNED);
            assertThat(Standing.of(ReportStatus.RETURNED, cycle, sixth).owes()).isTrue();
            assertThat(Standing.of(ReportStatus.SUBMITTED, cycle, sixth).owes()).isFalse();
            assertThat(Standing.of(ReportStatus.ACCEPTED, cycle, sixth)).isEqualTo(Standing.SUBMITTED);

            ReportingCycle stored = withId(cycle, month);
            campaign.add(stored);
            assertThatThrownBy(() -> open(period, due, campaign))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("已经开启");
            Instant closing = on(period.last().plusDays(10)).instant();
            ReportingCycle closed = stored.close(closing);
            assertThat(closed.status()).isEqualTo(CycleStatus.CLOSED);
            assertThat(closed.closedAt()).isEqualTo(closing);
            campaign.set(campaign.size() - 1, closed);
            assertThatThrownBy(() -> open(period, due, campaign)).hasMessageContaining("重新开启");
        }
        assertThat(campaign).hasSize(12).allMatch(c -> c.status() == CycleStatus.CLOSED);
    }

    @Test
    void requiresEveryMeasureNotClosedExceptThoseExcluded() {
        ReportingCycle cycle =
                ReportingCycle.open(1, Cycle.month(2026, 12), LocalDate.of(2026, 12, 25), Set.of(7L), List.of());
        assertThat(cycle.requires(5, MeasureStatus.IN_PROGRESS)).isTrue();
        assertThat(cycle.requires(5, MeasureStatus.DONE)).isTrue();
        assertThat(cycle.requires(5, MeasureStatus.CLOSED)).isFalse();
        assertThat(cycle.requires(7, MeasureStatus.IN_PROGRESS)).isFalse();
    }

    @Test
    void opensOnePeriodPerCampaignButTheSamePeriodInAnother() {
        ReportingCycle first = withId(open(Cycle.quarter(2026, 4), LocalDate.of(2027, 1, 10), List.of()), 1);
        ReportingCycle other =
                ReportingCycle.open(2, Cycle.quarter(2026, 4), LocalDate.of(2027, 1, 10), Set.of(), List.of(first));
        assertThat(other.campaignId()).isEqualTo(2);
    }

    @Test
    void refusesYearsAndDueDatesBeforeThePeriodBegins() {
        assertThatThrownBy(() -> open(Cycle.parse("period", "2026"), LocalDate.of(2026, 12, 31), List.of()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("不能按年");
        assertThatThrownBy(() -> open(Cycle.month(2026, 12), LocalDate.of(2026, 11, 30), List.of()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("早于");
    }

    @Test
    void reopensOnlyAClosedCycleAndOnlyWithAReason() {
        ReportingCycle open = withId(open(Cycle.month(2026, 11), LocalDate.of(2026, 12, 5), List.of()), 3);
        assertThatThrownBy(() -> open.reopen("更正数据")).isInstanceOf(RuleViolationException.class);
        ReportingCycle closed = open.close(Instant.parse("2026-12-06T00:00:00Z"));
        assertThatThrownBy(() -> closed.close(Instant.now())).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> closed.reopen(" ")).isInstanceOf(InvalidRequestException.class);
        ReportingCycle reopened = closed.reopen("赤峰市数据有误，需更正");
        assertThat(reopened.isOpen()).isTrue();
        assertThat(reopened.closedAt()).isNull();
    }

    private static ReportingCycle withId(ReportingCycle c, long id) {
        return new ReportingCycle(
                id,
                c.campaignId(),
                c.period(),
                c.dueDate(),
                c.status(),
                c.excludedMeasureIds(),
                c.closedAt(),
                c.version());
    }
}
