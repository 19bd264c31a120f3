package taizhang.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again: 1 minute, 5 minutes, 30 minutes, 2 hours and 12 hours
 * after each failure, then it is given up (six attempts over about 15 hours, long enough for a
 * gateway to come back from a night's maintenance).
 */
public final class Backoff {

    static final List<Duration> DELAYS = List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(12));

    /** The first try and one per delay. */
    public static final int MAX_ATTEMPTS = DELAYS.size() + 1;

    private Backoff() {}

    /** The next try after {@code attempts} failed ones, the last at {@code failedAt}; empty: give up. */
    public static Optional<Instant> next(int attempts, Instant failedAt) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts " + attempts);
        }
        return attempts >= MAX_ATTEMPTS ? Optional.empty() : Optional.of(failedAt.plus(DELAYS.get(attempts - 1)));
    }
}
