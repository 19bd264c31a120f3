package taizhang.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The dashboard cache as a large ledger makes it behave, for a test that drives the page: every
 * computation takes two seconds on the cache's clock (too long to wait for, so a stale dashboard is
 * served while it is recounted), and a background recount runs only when the test says it has
 * finished. A test imports {@link Config} to put this cache in place of the server's.
 */
public final class SlowDashboards {

    private final Queue<Runnable> recounts = new ConcurrentLinkedQueue<>();

    /** Runs the recounts started so far, as the background thread does once its counting is done. */
    public void finishRecounts() {
        Runnable recount;
        while ((recount = recounts.poll()) != null) {
            recount.run();
        }
    }

    /** The recounts started and not finished. */
    public int recountsUnderWay() {
        return recounts.size();
    }

    @TestConfiguration
    public static class Config {

        @Bean
        SlowDashboards slowDashboards() {
            return new SlowDashboards();
        }

        @Bean
        @Primary
        DashboardCache slowDashboardCache(SlowDashboards slow, Clock clock) {
            return new DashboardCache(slow.recounts::add, new TwoSecondsPerReading(clock), Duration.ZERO);
        }
    }

    /** The server's clock, each reading two seconds after the one before: a computation between two readings takes two seconds. */
    private static final class TwoSecondsPerReading extends Clock {

        private final Clock server;
        private final AtomicLong readings = new AtomicLong();

        TwoSecondsPerReading(Clock server) {
            this.server = server;
        }

        @Override
        public Instant instant() {
            return server.instant().plusSeconds(2 * readings.incrementAndGet());
        }

        @Override
        public ZoneId getZone() {
            return server.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
