package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ServerClockTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock SYSTEM =
            Clock.fixed(LocalDateTime.of(2026, 12, 7, 10, 30).atZone(ZONE).toInstant(), ZONE);

    @Test
    void theDemosTodayAtTheSystemsTimeOfDayAndALaterStartGoesOnFromTheKeptOffset() {
        ServerClock first = ServerClock.demo(SYSTEM, LocalDate.of(2021, 10, 15));
        assertThat(LocalDateTime.now(first)).isEqualTo(LocalDateTime.of(2021, 10, 15, 10, 30));
        long kept = first.offsetDays();

        Clock twoDaysLater = Clock.offset(SYSTEM, Duration.ofDays(2));
        ServerClock later = ServerClock.demo(twoDaysLater, LocalDate.of(2021, 10, 15));
        later.setOffsetDays(kept);
        assertThat(LocalDateTime.now(later)).isEqualTo(LocalDateTime.of(2021, 10, 17, 10, 30));
        later.setOffsetDays(0);
        assertThat(later.instant()).isEqualTo(twoDaysLater.instant());
    }

    @Test
    void withoutTheDemoItIsTheSystemsClock() {
        assertThat(ServerClock.system(SYSTEM).instant()).isEqualTo(SYSTEM.instant());
    }

    @Test
    void aStoryStandsTheClockAtItsStepsAndResumingRunsItOnFromToday() {
        ServerClock clock = ServerClock.demo(SYSTEM, LocalDate.of(2021, 10, 15));

        clock.moveTo(LocalDateTime.of(2021, 5, 31, 9, 0));
        assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.of(2021, 5, 31, 9, 0));
        clock.resume();
        assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.of(2021, 10, 15, 10, 30));
    }
}
