package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static taizhang.ledger.WarningLevel.GREEN;
import static taizhang.ledger.WarningLevel.RED;
import static taizhang.ledger.WarningLevel.YELLOW;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of {@link WarningLevel}'s Javadoc and its boundaries, on a fixed clock in Beijing time. */
class WarningLevelTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** 2021-09-01 10:00 in Beijing. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-09-01T02:00:00Z"), BEIJING);

    private static final LocalDate TODAY = LocalDate.of(2021, 9, 1);
    private static final Instant NOW = CLOCK.instant();
    /** Reported yesterday: silence never decides. */
    private static final Instant FRESH = NOW.minus(Duration.ofDays(1));

    private static WarningLevel level(MeasureStatus status, LocalDate deadline, Instant lastAccepted, Instant created) {
        return WarningLevel.of(
                status, deadline, lastAccepted, created, null, CLOCK.instant(), CLOCK.getZone(), WarningRules.DEFAULT);
    }

    private static WarningLevel inProgress(LocalDate deadline, Instant lastAccepted) {
        return level(MeasureStatus.IN_PROGRESS, deadline, lastAccepted, FRESH);
    }

    private static Instant daysAgo(long days) {
        return NOW.minus(Duration.ofDays(days));
    }

    @Test
    void doneAndClosedWorkIsGreenEvenOverdueAndSilent() {
        for (MeasureStatus status : new MeasureStatus[] {MeasureStatus.DONE, MeasureStatus.CLOSED}) {
            assertThat(level(status, TODAY.minusYears(1), null, daysAgo(400)))
                    .as(status.name())
                    .isEqualTo(GREEN);
        }
    }

    @Test
    void overdueUnfinishedWorkIsRed() {
        assertThat(inProgress(TODAY.minusDays(1), FRESH)).isEqualTo(RED);
        assertThat(level(MeasureStatus.NOT_STARTED, TODAY.minusDays(1), FRESH, FRESH))
                .isEqualTo(RED);
    }

    @Test
    void substantiallyDoneIsStillNotDone() {
        assertThat(level(MeasureStatus.SUBSTANTIALLY_DONE, TODAY.minusDays(1), FRESH, FRESH))
                .isEqualTo(RED);
        assertThat(level(MeasureStatus.SUBSTANTIALLY_DONE, null, daysAgo(90), FRESH))
                .isEqualTo(RED);
    }

    @Test
    void deadlineTodayIsNotYetOverdueButDueSoon() {
        assertThat(inProgress(TODAY, FRESH)).isEqualTo(YELLOW);
    }

    @Test
    void dueSoonMeansAtMostFourteenDaysAway() {
        assertThat(inProgress(TODAY.plusDays(14), FRESH)).isEqualTo(YELLOW);
        assertThat(inProgress(TODAY.plusDays(15), FRESH)).isEqualTo(GREEN);
    }

    @Test
    void withoutCyclesSilenceOfNinetyDaysIsThreeMissedCyclesAndRed() {
        assertThat(inProgress(null, daysAgo(90))).isEqualTo(RED);
        assertThat(inProgress(null, daysAgo(90).plusSeconds(1))).isEqualTo(YELLOW);
    }

    @Test
    void withoutCyclesSilenceOfThirtyDaysIsOneMissedCycleAndYellow() {
        assertThat(inProgress(null, daysAgo(30))).isEqualTo(YELLOW);
        assertThat(inProgress(null, daysAgo(30).plusSeconds(1))).isEqualTo(GREEN);
    }

    @Test
    void longSilenceOutranksAFarDeadline() {
        assertThat(inProgress(TODAY.plusYears(1), daysAgo(90))).isEqualTo(RED);
        assertThat(inProgress(TODAY.plusYears(1), daysAgo(30))).isEqualTo(YELLOW);
    }

    @Test
    void overdueOutranksRecentReports() {
        assertThat(inProgress(TODAY.minusDays(1), NOW)).isEqualTo(RED);
    }

    @Test
    void neverReportedCountsSilenceFromEnteringTheLedger() {
        assertThat(level(MeasureStatus.NOT_STARTED, null, null, daysAgo(90))).isEqualTo(RED);
        assertThat(level(MeasureStatus.NOT_STARTED, null, null, daysAgo(30))).isEqualTo(YELLOW);
        assertThat(level(MeasureStatus.NOT_STARTED, null, null, daysAgo(29))).isEqualTo(GREEN);
    }

    @Test
    void anAcceptedReportRestartsTheSilence() {
        assertThat(level(MeasureStatus.IN_PROGRESS, null, daysAgo(10), daysAgo(400)))
                .isEqualTo(GREEN);
    }

    @Test
    void continuingWorkWithoutDeadlineAndRecentReportIsGreen() {
        assertThat(inProgress(null, FRESH)).isEqualTo(GREEN);
    }

    @Test
    void todayIsTheDateInTheGivenZone() {
        // 2021-08-31 17:00 UTC is already 2021-09-01 in Beijing: a deadline of 08-31 has passed there.
        Instant lateEvening = Instant.parse("2021-08-31T17:00:00Z");
        LocalDate deadline = LocalDate.of(2021, 8, 31);
        assertThat(WarningLevel.of(
                        MeasureStatus.IN_PROGRESS,
                        deadline,
                        lateEvening,
                        lateEvening,
                        null,
                        lateEvening,
                        BEIJING,
                        WarningRules.DEFAULT))
                .isEqualTo(RED);
        assertThat(WarningLevel.of(
                        MeasureStatus.IN_PROGRESS,
                        deadline,
                        lateEvening,
                        lateEvening,
                        null,
                        lateEvening,
                        ZoneId.of("UTC"),
                        WarningRules.DEFAULT))
                .isEqualTo(YELLOW);
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertThat(WarningSettings.DEFAULT).isEqualTo(new WarningSettings(14, true, 0, 1, 3, 3));
        assertThat(WarningRules.DEFAULT.cycleDueDates()).isEmpty();
    }

    private static WarningLevel with(
            WarningSettings settings, LocalDate deadline, Instant lastAccepted, LocalDate... dueDates) {
        return WarningLevel.of(
                MeasureStatus.IN_PROGRESS,
                deadline,
                lastAccepted,
                FRESH,
                null,
                NOW,
                BEIJING,
                new WarningRules(settings, cycles(dueDates)));
    }

    /** Closed cycles due on these days, each owed. */
    private static List<DueCycle> cycles(LocalDate... dueDates) {
        List<DueCycle> cycles = new java.util.ArrayList<>();
        for (int i = 0; i < dueDates.length; i++) {
            cycles.add(new DueCycle(i + 1, dueDates[i], false, 0, true));
        }
        return cycles;
    }

    private static WarningSettings settings(int dueSoon, boolean overdueRed, int grace, int yellow, int red) {
        return new WarningSettings(dueSoon, overdueRed, grace, yellow, red, 3);
    }

    @Test
    void dueSoonDaysAreTheCampaigns() {
        WarningSettings thirty = settings(30, true, 0, 1, 3);
        assertThat(with(thirty, TODAY.plusDays(30), FRESH)).isEqualTo(YELLOW);
        assertThat(with(thirty, TODAY.plusDays(31), FRESH)).isEqualTo(GREEN);
        assertThat(with(settings(0, true, 0, 1, 3), TODAY, FRESH)).isEqualTo(YELLOW);
        assertThat(with(settings(0, true, 0, 1, 3), TODAY.plusDays(1), FRESH)).isEqualTo(GREEN);
    }

    @Test
    void overdueWorkStaysYellowWhenOverdueRedIsOff() {
        assertThat(with(settings(14, false, 0, 1, 3), TODAY.minusDays(100), FRESH))
                .isEqualTo(YELLOW);
    }

    @Test
    void overdueTurnsRedOnlyAfterTheGraceDays() {
        WarningSettings grace = settings(14, true, 7, 1, 3);
        assertThat(with(grace, TODAY.minusDays(7), FRESH)).isEqualTo(YELLOW);
        assertThat(with(grace, TODAY.minusDays(8), FRESH)).isEqualTo(RED);
    }

    @Test
    void withCyclesSilenceCountsTheDueDatesPassed() {
        WarningSettings s = WarningSettings.DEFAULT;
        LocalDate[] dues = {LocalDate.of(2021, 6, 25), LocalDate.of(2021, 7, 25), LocalDate.of(2021, 8, 25)};
        Instant beforeJune = LocalDate.of(2021, 6, 20).atStartOfDay(BEIJING).toInstant();
        Instant julyDue = LocalDate.of(2021, 7, 25).atStartOfDay(BEIJING).toInstant();
        Instant afterAugust = LocalDate.of(2021, 8, 26).atStartOfDay(BEIJING).toInstant();
        assertThat(with(s, null, beforeJune, dues)).as("three missed").isEqualTo(RED);
        assertThat(with(s, null, julyDue.plusSeconds(3600), dues))
                .as("August missed")
                .isEqualTo(YELLOW);
        assertThat(with(s, null, afterAugust, dues)).as("reported since").isEqualTo(GREEN);
        assertThat(with(settings(14, true, 0, 2, 3), null, julyDue.plusSeconds(3600), dues))
                .as("two needed for yellow")
                .isEqualTo(GREEN);
    }

    @Test
    void aCycleDueTodayIsNotYetMissed() {
        Instant longAgo = NOW.minus(Duration.ofDays(200));
        assertThat(with(WarningSettings.DEFAULT, null, longAgo, TODAY)).isEqualTo(GREEN);
        assertThat(with(WarningSettings.DEFAULT, null, longAgo, TODAY.minusDays(1)))
                .isEqualTo(YELLOW);
    }

    @Test
    void planLagMakesUnfinishedWorkMoreUrgentButNeverFinishedWork() {
        assertThat(WarningLevel.withPlanLag(MeasureStatus.IN_PROGRESS, GREEN, RED))
                .isEqualTo(RED);
        assertThat(WarningLevel.withPlanLag(MeasureStatus.IN_PROGRESS, RED, YELLOW))
                .isEqualTo(RED);
        assertThat(WarningLevel.withPlanLag(MeasureStatus.IN_PROGRESS, GREEN, null))
                .isEqualTo(GREEN);
        assertThat(WarningLevel.withPlanLag(MeasureStatus.DONE, GREEN, RED)).isEqualTo(GREEN);
    }
}
