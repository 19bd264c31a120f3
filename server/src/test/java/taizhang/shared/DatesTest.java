package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void anInstantBeforeEightInBeijingIsThatDayThereNotTheDayBeforeInUtc() {
        Instant early = Instant.parse("2021-10-14T23:30:00Z");
        assertThat(Dates.day(early, ZoneId.of("Asia/Shanghai"))).isEqualTo("2021-10-15");
        assertThat(Dates.day(early, ZoneId.of("UTC"))).isEqualTo("2021-10-14");
        assertThat(Dates.day(null, ZoneId.of("Asia/Shanghai"))).isEmpty();
    }

    @Test
    void aMinuteIsShownInTheZoneGivenAndNothingForNoInstant() {
        Instant early = Instant.parse("2021-10-14T23:30:00Z");
        assertThat(Dates.minute(early, ZoneId.of("Asia/Shanghai"))).isEqualTo("2021-10-15 07:30");
        assertThat(Dates.minute(null, ZoneId.of("Asia/Shanghai"))).isEmpty();
    }

    @Test
    void aMomentToTheSecondWithOrWithoutItsDay() {
        LocalDateTime at = LocalDateTime.of(2021, 10, 5, 9, 3, 7);
        assertThat(Dates.second(at)).isEqualTo("2021-10-05 09:03:07");
        assertThat(Dates.timeOfDay(at)).isEqualTo("09:03:07");
    }

    @Test
    void aWrittenDayHasNoLeadingZeros() {
        assertThat(Dates.written(LocalDate.of(2021, 10, 5))).isEqualTo("2021年10月5日");
        assertThat(Dates.written(LocalDate.of(2025, 1, 15))).isEqualTo("2025年1月15日");
    }
}
