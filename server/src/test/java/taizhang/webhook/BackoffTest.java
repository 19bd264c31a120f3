package taizhang.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Retries wait 1 min, 5 min, 30 min, 2 h and 12 h; the sixth failure gives up. */
class BackoffTest {

    private static final Instant FAILED = Instant.parse("2014-03-03T04:00:00Z");

    @Test
    void waitsLongerAfterEachFailure() {
        assertThat(Backoff.next(1, FAILED)).contains(FAILED.plus(Duration.ofMinutes(1)));
        assertThat(Backoff.next(2, FAILED)).contains(FAILED.plus(Duration.ofMinutes(5)));
        assertThat(Backoff.next(3, FAILED)).contains(FAILED.plus(Duration.ofMinutes(30)));
        assertThat(Backoff.next(4, FAILED)).contains(FAILED.plus(Duration.ofHours(2)));
        assertThat(Backoff.next(5, FAILED)).contains(FAILED.plus(Duration.ofHours(12)));
    }

    @Test
    void givesUpAfterTheSixthAttempt() {
        assertThat(Backoff.MAX_ATTEMPTS).isEqualTo(6);
        assertThat(Backoff.next(6, FAILED)).isEmpty();
        assertThat(Backoff.next(7, FAILED)).isEmpty();
    }
}
