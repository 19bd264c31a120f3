package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static taizhang.ledger.WarningLevel.GREEN;
import static taizhang.ledger.WarningLevel.RED;
import static taizhang.ledger.WarningLevel.YELLOW;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Missed reporting cycles count only the cycles a measure owed: through a whole year of 月调度 on
 * an injected clock (each month's cycle due on the fifth of the next), a 长期坚持 measure the office
 * excluded from every month but the quarter's last is not late in the months between, while a
 * monthly measure reporting as seldom is.
 */
class MissedCyclesTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final int YEAR = 2025;
    private static final Instant CREATED =
            LocalDate.of(YEAR, 1, 1).atStartOfDay(BEIJING).toInstant();

    /** The year's twelve monthly cycles, ids 1 to 12, closed; none is open. */
    private static List<DueCycle> monthly() {
        List<DueCycle> cycles = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate due = LocalDate.of(YEAR, month, 1).plusMonths(1).withDayOfMonth(5);
            cycles.add(new DueCycle(month, due, false, 0, true));
        }
        return cycles;
    }

    private static final WarningRules CAMPAIGN = new WarningRules(WarningSettings.DEFAULT, monthly());
    private static final Set<Long> QUARTER_ENDS = Set.of(3L, 6L, 9L, 12L);

    /**
     * Reports accepted on the sixth of the month after each quarter's end, the day after the
     * quarter's cycle was due: a cycle counts what was heard from once its due day began.
     */
    private static Instant lastAccepted(LocalDate day) {
        Instant last = null;
        for (int month = 4; month <= 13; month += 3) {
            LocalDate accepted = LocalDate.of(YEAR, 1, 6).plusMonths(month - 1);
            if (!accepted.isAfter(day)) {
                last = accepted.atTime(LocalTime.of(9, 0)).atZone(BEIJING).toInstant();
            }
        }
        return last;
    }

    /** The level each day of the year (and the next January), kept where it changes. */
    private static TreeMap<LocalDate, WarningLevel> throughTheYear(WarningRules rules) {
        TreeMap<LocalDate, WarningLevel> changes = new TreeMap<>();
        WarningLevel previous = null;
        for (LocalDate day = LocalDate.of(YEAR, 1, 1);
                day.isBefore(LocalDate.of(YEAR + 1, 2, 1));
                day = day.plusDays(1)) {
            Clock clock = Clock.fixed(day.atTime(LocalTime.NOON).atZone(BEIJING).toInstant(), BEIJING);
            WarningLevel level = WarningLevel.of(
                    MeasureStatus.IN_PROGRESS,
                    null,
                    lastAccepted(day),
                    CREATED,
                    null,
                    clock.instant(),
                    clock.getZone(),
                    rules);
            if (level != previous) {
                changes.put(day, level);
                previous = level;
            }
        }
        return changes;
    }

    @Test
    void aMeasureExcludedFromTheMonthsBetweenQuartersNeverMissesACycle() {
        assertThat(throughTheYear(CAMPAIGN.owedBy(QUARTER_ENDS)))
                .containsExactly(java.util.Map.entry(LocalDate.of(YEAR, 1, 1), GREEN));
    }

    @Test
    void aMonthlyMeasureReportingQuarterlyMissesTheMonthsBetween() {
        Set<Long> everyMonth = monthly().stream().map(DueCycle::id).collect(Collectors.toSet());
        assertThat(throughTheYear(CAMPAIGN.owedBy(everyMonth)))
                .containsEntry(LocalDate.of(YEAR, 1, 1), GREEN)
                .containsEntry(LocalDate.of(YEAR, 2, 6), YELLOW)
                .containsEntry(LocalDate.of(YEAR, 4, 6), GREEN)
                .containsEntry(LocalDate.of(YEAR, 5, 6), YELLOW)
                .containsEntry(LocalDate.of(YEAR, 7, 6), GREEN)
                .doesNotContainValue(RED);
    }

    @Test
    void theCampaignsOwnRulesTakeEveryCycleAsOwed() {
        assertThat(throughTheYear(CAMPAIGN))
                .isEqualTo(throughTheYear(CAMPAIGN.owedBy(Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L))));
    }

    @Test
    void aMeasureThatOwedNoCycleIsNeverLateByDaysOfSilence() {
        // Without cycles, 30 silent days count as one missed cycle; a campaign that runs cycles does not count days.
        assertThat(throughTheYear(CAMPAIGN.owedBy(Set.of()))).containsOnlyKeys(LocalDate.of(YEAR, 1, 1));
        Instant now = LocalDate.of(YEAR, 12, 1).atStartOfDay(BEIJING).toInstant();
        assertThat(WarningRules.DEFAULT.missed(1, CREATED, now, BEIJING)).isTrue();
    }

    @Test
    void threeOwedCyclesMissedAreRedWhateverTheCyclesBetween() {
        // Owes March, June and September only and reports never: red once September's cycle is past due.
        Instant now = LocalDate.of(YEAR, 10, 6).atStartOfDay(BEIJING).toInstant();
        WarningRules quarterly = CAMPAIGN.owedBy(Set.of(3L, 6L, 9L));
        assertThat(WarningLevel.of(MeasureStatus.NOT_STARTED, null, null, CREATED, null, now, BEIJING, quarterly))
                .isEqualTo(RED);
        Instant dayBefore = LocalDate.of(YEAR, 10, 5).atStartOfDay(BEIJING).toInstant();
        assertThat(WarningLevel.of(MeasureStatus.NOT_STARTED, null, null, CREATED, null, dayBefore, BEIJING, quarterly))
                .isEqualTo(YELLOW);
    }

    @Test
    void theCampaignBoundIsNeverLaterThanAnyMeasuresOwn() {
        // The SQL form looks up what a measure owed only when it is silent since the campaign's bound.
        Instant now = LocalDate.of(YEAR, 12, 20).atStartOfDay(BEIJING).toInstant();
        Instant bound = CAMPAIGN.silentSince(2, now, BEIJING).orElseThrow();
        assertThat(bound)
                .isEqualTo(LocalDate.of(YEAR, 11, 5).atStartOfDay(BEIJING).toInstant());
        assertThat(CAMPAIGN.owedBy(QUARTER_ENDS).missed(2, bound.plusSeconds(1), now, BEIJING))
                .isFalse();
        assertThat(CAMPAIGN.missed(2, bound.plusSeconds(1), now, BEIJING)).isFalse();
        assertThat(CAMPAIGN.missed(2, bound, now, BEIJING)).isTrue();
    }
}
