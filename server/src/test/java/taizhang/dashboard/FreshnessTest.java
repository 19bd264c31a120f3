package taizhang.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The dashboard says when its figures were counted: the time today, with the date before. */
class FreshnessTest {

    @Test
    void showsTheTimeForFiguresCountedToday() {
        assertThat(new Freshness(LocalDateTime.of(2025, 3, 1, 9, 31, 5), false, true).when())
                .isEqualTo("09:31:05");
    }

    @Test
    void showsTheDateForOlderFigures() {
        assertThat(new Freshness(LocalDateTime.of(2025, 2, 28, 23, 59, 0), true, false).when())
                .isEqualTo("2025-02-28 23:59:00");
    }
}
