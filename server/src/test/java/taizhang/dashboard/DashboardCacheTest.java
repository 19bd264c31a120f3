package taizhang.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import taizhang.dashboard.Dashboard.Overall;
import taizhang.dashboard.DashboardCache.Key;
import taizhang.dashboard.DashboardCache.Snapshot;
import taizhang.ledger.Campaign;

/**
 * The dashboard cache's policy, on a hand-moved clock and an executor whose tasks run only when
 * the test says so: fresh figures are reused, cheap ones recomputed inline, expensive ones served
 * old while one refresh runs in the background.
 */
class DashboardCacheTest {

    static final Key KEY = new Key(7, List.of(), 1L);
    static final long SMALL = 82;
    static final long LARGE = 1_000_000;

    final MovableClock clock = new MovableClock();
    final ManualExecutor executor = new ManualExecutor();
    final DashboardCache cache = new DashboardCache(executor, clock, Duration.ZERO);

    /** A computation that takes the given time on the clock and counts the given measures. */
    final class Computation implements Supplier<Dashboard> {
        final AtomicInteger calls = new AtomicInteger();
        final Duration takes;
        final long measures;
        final boolean wholeCampaign;
        RuntimeException failure;

        Computation(Duration takes, long measures) {
            this(takes, measures, true);
        }

        Computation(Duration takes, long measures, boolean wholeCampaign) {
            this.takes = takes;
            this.measures = measures;
            this.wholeCampaign = wholeCampaign;
        }

        @Override
        public Dashboard get() {
            int call = calls.incrementAndGet();
            clock.advance(takes);
            if (failure != null) {
                throw failure;
            }
            return dashboard(measures, call, wholeCampaign);
        }
    }

    @Test
    void computesInlineWhenThereIsNoPreviousResult() {
        Computation slow = new Computation(Duration.ofSeconds(2), LARGE);
        Snapshot first = cache.get(KEY, "f1", slow);
        assertThat(finished(first)).isEqualTo(1);
        assertThat(first.refreshing()).isFalse();
        assertThat(first.computedAt()).isEqualTo(clock.instant());
        assertThat(executor.tasks).isEmpty();
    }

    @Test
    void servesTheSameFiguresWhileTheFingerprintHoldsAndTheyAreYoung() {
        Computation slow = new Computation(Duration.ofSeconds(2), LARGE);
        cache.get(KEY, "f1", slow);
        clock.advance(DashboardCache.TTL.minusSeconds(1));
        assertThat(finished(cache.get(KEY, "f1", slow))).isEqualTo(1);
        assertThat(slow.calls).hasValue(1);
        assertThat(executor.tasks).isEmpty();
    }

    @Test
    void recomputesInlineAfterAChangeWhenTheLastComputationWasQuick() {
        Computation quick = new Computation(Duration.ofMillis(10), LARGE);
        cache.get(KEY, "f1", quick);
        Snapshot after = cache.get(KEY, "f2", quick);
        assertThat(finished(after)).isEqualTo(2);
        assertThat(after.refreshing()).isFalse();
        assertThat(executor.tasks).isEmpty();
    }

    @Test
    void recomputesASmallCampaignInlineEvenWhenItsFirstComputationWasSlow() {
        Computation coldStart = new Computation(Duration.ofMillis(400), SMALL);
        cache.get(KEY, "f1", coldStart);
        assertThat(finished(cache.get(KEY, "f2", coldStart))).isEqualTo(2);
        assertThat(executor.tasks).isEmpty();
    }

    @Test
    void aReadersSmallPartOfALargeCampaignIsNotCountedInline() {
        Computation scoped = new Computation(Duration.ofMillis(400), SMALL, false);
        cache.get(KEY, "f1", scoped);
        assertThat(cache.get(KEY, "f2", scoped).refreshing()).isTrue();
        assertThat(scoped.calls).hasValue(1);
        assertThat(executor.tasks).hasSize(1);
    }

    @Test
    void servesARefreshThatIsReadyWithinThePatience() {
        Computation moderate = new Computation(Duration.ofMillis(300), LARGE);
        DashboardCache patient = new DashboardCache(Runnable::run, clock, Duration.ofMillis(50));
        patient.get(KEY, "f1", moderate);
        Snapshot refreshed = patient.get(KEY, "f2", moderate);
        assertThat(finished(refreshed)).isEqualTo(2);
        assertThat(refreshed.refreshing()).isFalse();
    }

    @Test
    void doesNotWaitForAKeyWhoseLastComputationWasVerySlow() {
        Computation verySlow = new Computation(DashboardCache.WAIT_LIMIT, LARGE);
        DashboardCache patient = new DashboardCache(Runnable::run, clock, Duration.ofMillis(50));
        patient.get(KEY, "f1", verySlow);
        assertThat(finished(patient.get(KEY, "f2", verySlow))).isEqualTo(1);
        assertThat(verySlow.calls).hasValue(2);
        assertThat(finished(patient.get(KEY, "f2", verySlow))).isEqualTo(2);
    }

    @Test
    void servesTheOldFiguresAtOnceAndRefreshesASlowOneInTheBackground() {
        Computation slow = new Computation(Duration.ofSeconds(2), LARGE);
        Instant firstComputed = cache.get(KEY, "f1", slow).computedAt();

        Snapshot stale = cache.get(KEY, "f2", slow);
        assertThat(finished(stale)).isEqualTo(1);
        assertThat(stale.computedAt()).isEqualTo(firstComputed);
        assertThat(stale.refreshing()).isTrue();
        assertThat(slow.calls).hasValue(1);

        executor.runAll();
        Snapshot refreshed = cache.get(KEY, "f2", slow);
        assertThat(finished(refreshed)).isEqualTo(2);
        assertThat(refreshed.refreshing()).isFalse();
        assertThat(slow.calls).hasValue(2);
    }

    @Test
    void anExpiredSlowDashboardIsRefreshedInTheBackgroundToo() {
        Computation slow = new Computation(Duration.ofSeconds(2), LARGE);
        cache.get(KEY, "f1", slow);
        clock.advance(DashboardCache.TTL);
        assertThat(cache.get(KEY, "f1", slow).refreshing()).isTrue();
        assertThat(executor.tasks).hasSize(1);
    }

    @Test
    void startsOnlyOneRefreshPerKeyHoweverManyReadersAsk() {
        Computation slow = new Computation(Duration.ofSeconds(2), LARGE);
        cache.get(KEY, "f1", slow);
        for (String fingerprint : List.of("f2", "f3", "f3", "f4")) {
            assertThat(cache.get(KEY, fingerprint, slow).refreshing()).isTrue();
        }
        assertThat(executor.tasks).hasSize(1);
        executor.runAll();
        assertThat(slow.calls).hasValue(2);
    }

    @Test
    void refreshesOtherKeysIndependently() {
        Computation slow = new Computation(Duration.ofSeconds(2), LARGE);
        Key other = new Key(8, List.of(), 1L);
        cache.get(KEY, "f1", slow);
        cache.get(other, "f1", slow);
        cache.get(KEY, "f2", slow);
        cache.get(other, "f2", slow);
        assertThat(executor.tasks).hasSize(2);
    }

    @Test
    void keepsTheOldFiguresWhenARefreshFailsAndTriesAgainLater() {
        Computation slow = new Computation(Duration.ofSeconds(2), LARGE);
        cache.get(KEY, "f1", slow);
        slow.failure = new IllegalStateException("database gone");
        cache.get(KEY, "f2", slow);
        executor.runAll();

        Snapshot after = cache.get(KEY, "f2", slow);
        assertThat(finished(after)).isEqualTo(1);
        assertThat(after.refreshing()).isTrue();
        slow.failure = null;
        executor.runAll();
        assertThat(finished(cache.get(KEY, "f2", slow))).isEqualTo(3);
    }

    @Test
    void servesTheOldFiguresWithoutAHintWhenTheRefreshQueueIsFull() {
        Computation slow = new Computation(Duration.ofSeconds(2), LARGE);
        cache.get(KEY, "f1", slow);
        executor.full = true;
        Snapshot stale = cache.get(KEY, "f2", slow);
        assertThat(finished(stale)).isEqualTo(1);
        assertThat(stale.refreshing()).isFalse();
        executor.full = false;
        assertThat(cache.get(KEY, "f2", slow).refreshing()).isTrue();
        assertThat(executor.tasks).hasSize(1);
    }

    @Test
    void anInlineFailureReachesTheReader() {
        Computation broken = new Computation(Duration.ofMillis(1), SMALL);
        broken.failure = new IllegalStateException("no such campaign");
        assertThatThrownBy(() -> cache.get(KEY, "f1", broken)).hasMessage("no such campaign");
        broken.failure = null;
        assertThat(finished(cache.get(KEY, "f1", broken))).isEqualTo(2);
    }

    private static long finished(Snapshot snapshot) {
        return snapshot.dashboard().overall().finished();
    }

    /** A dashboard whose finished count tells which computation made it. */
    private static Dashboard dashboard(long measures, int call, boolean wholeCampaign) {
        Campaign campaign = new Campaign(1, "整改", null, 1, null, null, null, 0);
        return new Dashboard(
                List.of(campaign),
                campaign,
                new Overall(measures, call, "0.00", 0),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                wholeCampaign);
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2025-03-01T01:30:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    static final class ManualExecutor implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();
        boolean full;

        @Override
        public void execute(Runnable task) {
            if (full) {
                throw new RejectedExecutionException("full");
            }
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }
}
