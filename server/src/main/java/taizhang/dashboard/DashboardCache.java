package taizhang.dashboard;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps the last computed dashboard per reader organisation and campaign, so that the page never
 * waits for a slow recompute. At a million measures the exact counts read about a million index
 * entries per query (1–2 s on PostgreSQL), while readers open the page again and again.
 *
 * <p>A dashboard is fresh while the ledger's fingerprint is unchanged and it is younger than
 * {@link #TTL}. A stale one is recomputed inline when that is cheap — there is none yet, the last
 * computation of that key was quick, or it counted few measures — so small installations always
 * see their latest figures. Otherwise the old figures are served at once and one refresh runs on
 * the executor; a failed refresh is logged and the old figures stay. Never are two computations
 * of the same key under way at once.
 */
@Component
class DashboardCache {

    static final Duration TTL = Duration.ofSeconds(30);
    /** Below this a recompute is as cheap as the page itself, so the reader need not see old figures. */
    static final Duration QUICK = Duration.ofMillis(50);
    /**
     * A campaign this small is quick to count on any database; it makes the first computation of a
     * small campaign, slow only because the JVM is cold, no reason to serve old figures.
     */
    static final long FEW_MEASURES = 5_000;
    /** Organisations times campaigns stay in the hundreds; beyond this something is off, start over. */
    private static final int MAX_ENTRIES = 2_000;

    private static final Logger log = LoggerFactory.getLogger(DashboardCache.class);

    record Key(long organisationId, Long campaignId) {
    }

    /** A dashboard as served: when it was computed, and whether newer figures are being computed. */
    record Snapshot(Dashboard dashboard, Instant computedAt, boolean refreshing) {
    }

    private record Entry(Dashboard dashboard, String fingerprint, Instant computedAt, Duration took) {

        boolean freshAt(Instant now, String current) {
            return fingerprint.equals(current) && now.isBefore(computedAt.plus(TTL));
        }

        boolean cheap() {
            return took.compareTo(QUICK) < 0 || dashboard.empty() || dashboard.overall().total() <= FEW_MEASURES;
        }
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Key, CompletableFuture<Entry>> flights = new ConcurrentHashMap<>();
    private final Executor refresher;
    private final Clock clock;

    @Autowired
    DashboardCache(Clock clock) {
        this(boundedRefresher(), clock);
    }

    DashboardCache(Executor refresher, Clock clock) {
        this.refresher = refresher;
        this.clock = clock;
    }

    /**
     * Two threads at most, so refreshes never take more than two of the database's connections;
     * a short queue, because each queued key is already served its old figures.
     */
    private static ExecutorService boundedRefresher() {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(32),
                r -> {
                    Thread t = new Thread(r, "dashboard-refresh-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    @PreDestroy
    void stop() {
        if (refresher instanceof ExecutorService pool) {
            pool.shutdownNow();
        }
    }

    /**
     * The dashboard for the key: the cached one when fresh, else a new one computed inline when
     * that is cheap, else the cached one while a refresh runs in the background.
     */
    Snapshot get(Key key, String fingerprint, Supplier<Dashboard> compute) {
        Entry entry = entries.get(key);
        if (entry != null && entry.freshAt(clock.instant(), fingerprint)) {
            return new Snapshot(entry.dashboard(), entry.computedAt(), flights.containsKey(key));
        }
        if (entry == null || entry.cheap()) {
            Entry now = computeNow(key, fingerprint, compute);
            return new Snapshot(now.dashboard(), now.computedAt(), false);
        }
        boolean refreshing = refreshInBackground(key, fingerprint, compute);
        return new Snapshot(entry.dashboard(), entry.computedAt(), refreshing);
    }

    /** Computes in the caller's thread, or waits for the computation of the key already under way. */
    private Entry computeNow(Key key, String fingerprint, Supplier<Dashboard> compute) {
        while (true) {
            CompletableFuture<Entry> mine = new CompletableFuture<>();
            CompletableFuture<Entry> running = flights.putIfAbsent(key, mine);
            if (running == null) {
                run(key, fingerprint, compute, mine);
                return mine.join();
            }
            try {
                Entry done = running.join();
                if (done.fingerprint().equals(fingerprint)) {
                    return done;
                }
            } catch (CompletionException | CancellationException failed) {
                // that computation's failure was reported to its own reader; this one tries afresh
            }
        }
    }

    /** Starts a refresh unless one is under way; false when the executor is full. */
    private boolean refreshInBackground(Key key, String fingerprint, Supplier<Dashboard> compute) {
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        if (flights.putIfAbsent(key, mine) != null) {
            return true;
        }
        try {
            refresher.execute(() -> {
                try {
                    run(key, fingerprint, compute, mine);
                } catch (RuntimeException | Error e) {
                    log.error("dashboard refresh of {} failed; the previous figures stay", key, e);
                }
            });
            return true;
        } catch (RejectedExecutionException full) {
            flights.remove(key, mine);
            mine.cancel(false);
            log.warn("dashboard refresh of {} not started: the refresh queue is full", key);
            return false;
        }
    }

    private void run(Key key, String fingerprint, Supplier<Dashboard> compute, CompletableFuture<Entry> flight) {
        try {
            Instant start = clock.instant();
            Dashboard dashboard = compute.get();
            Instant end = clock.instant();
            Entry entry = new Entry(dashboard, fingerprint, end, Duration.between(start, end));
            log.debug("dashboard {} computed in {} ms", key, entry.took().toMillis());
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, entry);
            flight.complete(entry);
        } catch (RuntimeException | Error e) {
            flight.completeExceptionally(e);
            throw e;
        } finally {
            flights.remove(key, flight);
        }
    }
}
