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
        return WarningLevel.of(status, deadline, lastAccepted, created, CLOCK.instant(), CLOCK.getZone());
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
    void silenceOfNinetyDaysIsRed() {
        assertThat(inProgress(null, daysAgo(90))).isEqualTo(RED);
        assertThat(inProgress(null, daysAgo(90).plusSeconds(1))).isEqualTo(YELLOW);
    }

    @Test
    void silenceOfFortyFiveDaysIsYellow() {
        assertThat(inProgress(null, daysAgo(45))).isEqualTo(YELLOW);
        assertThat(inProgress(null, daysAgo(45).plusSeconds(1))).isEqualTo(GREEN);
    }

    @Test
    void longSilenceOutranksAFarDeadline() {
        assertThat(inProgress(TODAY.plusYears(1), daysAgo(90))).isEqualTo(RED);
        assertThat(inProgress(TODAY.plusYears(1), daysAgo(45))).isEqualTo(YELLOW);
    }

    @Test
    void overdueOutranksRecentReports() {
        assertThat(inProgress(TODAY.minusDays(1), NOW)).isEqualTo(RED);
    }

    @Test
    void neverReportedCountsSilenceFromEnteringTheLedger() {
        assertThat(level(MeasureStatus.NOT_STARTED, null, null, daysAgo(90))).isEqualTo(RED);
        assertThat(level(MeasureStatus.NOT_STARTED, null, null, daysAgo(45))).isEqualTo(YELLOW);
        assertThat(level(MeasureStatus.NOT_STARTED, null, null, daysAgo(44))).isEqualTo(GREEN);
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
        assertThat(WarningLevel.of(MeasureStatus.IN_PROGRESS, deadline, lateEvening, lateEvening, lateEvening, BEIJING))
                .isEqualTo(RED);
        assertThat(WarningLevel.of(
                        MeasureStatus.IN_PROGRESS, deadline, lateEvening, lateEvening, lateEvening, ZoneId.of("UTC")))
                .isEqualTo(YELLOW);
    }

    @Test
    void thresholdsAreTheDocumentedOnes() {
        assertThat(WarningLevel.DUE_SOON_DAYS).isEqualTo(14);
        assertThat(WarningLevel.STALE_YELLOW_DAYS).isEqualTo(45);
        assertThat(WarningLevel.STALE_RED_DAYS).isEqualTo(90);
    }
}
