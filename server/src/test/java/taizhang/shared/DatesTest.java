package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
}
