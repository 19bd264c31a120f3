package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ServerClockTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock SYSTEM =
            Clock.fixed(LocalDateTime.of(2026, 12, 7, 10, 30).atZone(ZONE).toInstant(), ZONE);

    @Test
    void theDemosTodayIsTheDayItsDatabaseWasCreatedAndTheDaysSinceRunOn() {
        ServerClock clock = ServerClock.today(SYSTEM, LocalDate.of(2021, 10, 15), LocalDate.of(2026, 12, 5));

        assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.of(2021, 10, 17, 10, 30));
    }

    @Test
    void withoutTheDemoItIsTheSystemsClock() {
        assertThat(ServerClock.system(SYSTEM).instant()).isEqualTo(SYSTEM.instant());
    }

    @Test
    void aStoryStandsTheClockAtItsStepsAndResumingRunsItOnFromToday() {
        ServerClock clock = ServerClock.today(SYSTEM, LocalDate.of(2021, 10, 15), LocalDate.of(2026, 12, 7));

        clock.moveTo(LocalDateTime.of(2021, 5, 31, 9, 0));
        assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.of(2021, 5, 31, 9, 0));
        clock.resume();
        assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.of(2021, 10, 15, 10, 30));
    }
}
