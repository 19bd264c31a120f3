package taizhang.dashboard;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * computation of that key was quick, or it counted a small campaign whole — so small
 * installations always see their latest figures. Otherwise one refresh runs on the executor; the
 * reader waits a moment for it when the last one took under {@link #WAIT_LIMIT}, and else gets the
 * old figures at once. A failed refresh is logged and the old figures stay. Never are two
 * computations of the same key under way at once.
 */
@Component
class DashboardCache {

    static final Duration TTL = Duration.ofSeconds(30);
    /** Below this a recompute is as cheap as the page itself, so the reader need not see old figures. */
    static final Duration QUICK = Duration.ofMillis(50);
    /**
     * A campaign this small is quick to count whole on any database; it makes the first computation
     * of a small campaign, slow only because the JVM is cold, no reason to serve old figures. Not
     * so for a reader's part of a campaign: its queries may still walk the whole campaign.
     */
    static final long FEW_MEASURES = 5_000;
    /** How long a reader waits for a refresh that may finish quickly. */
    static final Duration PATIENCE = Duration.ofMillis(50);
    /** A key whose last computation took longer is not waited for at all. */
    static final Duration WAIT_LIMIT = Duration.ofSeconds(1);
    /** Organisations times campaigns stay in the hundreds; beyond this something is off, start over. */
    private static final int MAX_ENTRIES = 2_000;

    private static final Logger log = LoggerFactory.getLogger(DashboardCache.class);

    record Key(long organisationId, List<Long> supervisedUnits, Long campaignId) {}

    /** A dashboard as served: when it was computed, and whether newer figures are being computed. */
    record Snapshot(Dashboard dashboard, Instant computedAt, boolean refreshing) {}

    private record Entry(Dashboard dashboard, String fingerprint, Instant computedAt, Duration took) {

        boolean freshAt(Instant now, String current) {
            return fingerprint.equals(current) && now.isBefore(computedAt.plus(TTL));
        }

        boolean cheap() {
            return took.compareTo(QUICK) < 0
                    || dashboard.empty()
                    || dashboard.wholeCampaign() && dashboard.overall().total() <= FEW_MEASURES;
        }

        boolean worthWaitingFor() {
            return took.compareTo(WAIT_LIMIT) < 0;
        }
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Key, CompletableFuture<Entry>> flights = new ConcurrentHashMap<>();
    private final Executor refresher;
    private final Clock clock;
    private final Duration patience;

    @Autowired
    DashboardCache(Clock clock) {
        this(boundedRefresher(), clock, PATIENCE);
    }

    DashboardCache(Executor refresher, Clock clock, Duration patience) {
        this.refresher = refresher;
        this.clock = clock;
        this.patience = patience;
    }

    /**
     * Two threads at most, so refreshes never take more than two of the database's connections;
     * a short queue, because each queued key is already served its old figures.
     */
    private static ExecutorService boundedRefresher() {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(32), r -> {
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
     * that is cheap, else the refreshed one if it is ready within the patience, else the cached
     * one while the refresh runs on.
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
        CompletableFuture<Entry> flight = refreshInBackground(key, fingerprint, compute);
        Entry done = flight != null && entry.worthWaitingFor() ? await(flight) : null;
        if (done != null) {
            return new Snapshot(
                    done.dashboard(), done.computedAt(), !done.fingerprint().equals(fingerprint));
        }
        return new Snapshot(entry.dashboard(), entry.computedAt(), flight != null);
    }

    /** The refreshed entry if it is ready within the patience; null if not, or if it failed. */
    private Entry await(CompletableFuture<Entry> flight) {
        try {
            return patience.isZero() ? flight.getNow(null) : flight.get(patience.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (TimeoutException | ExecutionException | CompletionException | CancellationException e) {
            return null;
        }
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

    /** Starts a refresh unless one is under way; the refresh under way, or null when the executor is full. */
    private CompletableFuture<Entry> refreshInBackground(Key key, String fingerprint, Supplier<Dashboard> compute) {
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> running = flights.putIfAbsent(key, mine);
        if (running != null) {
            return running;
        }
        try {
            refresher.execute(() -> {
                try {
                    run(key, fingerprint, compute, mine);
                } catch (RuntimeException | Error e) {
                    log.error("dashboard refresh of {} failed; the previous figures stay", key, e);
                }
            });
            return mine;
        } catch (RejectedExecutionException full) {
            flights.remove(key, mine);
            mine.cancel(false);
            log.warn("dashboard refresh of {} not started: the refresh queue is full", key);
            return null;
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
