package taizhang.audit;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.stereotype.Component;

/**
 * Hashes committed events into the chain: the node's one sealer thread takes the batches (one per
 * transaction) in the order they are asked for, up to {@value #CHUNK} events at a time, and sends a
 * batch with more to the back of the queue, so a 100,000-event import does not hold up the events of a
 * single edit committed during its sealing. Each chunk is one short transaction on the sealer's own
 * connection: lock the head, hash the batches' next events on it, insert them, delete them from
 * {@code audit_pending}, move the head. A crash loses no event (the chunk is rolled back and its
 * events stay pending), and sealing a batch twice, from two nodes or after a crash, seals each
 * event once: the second sealer finds them gone once it holds the head.
 */
@Component
class AuditSealer implements DisposableBean {

    static final int CHUNK = 1000;
    private static final int BATCHES_PER_CHUNK = 100;

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

    private final HikariDataSource own;
    private final ChainSeal seal;
    private final ExecutorService thread;
    private final Map<String, List<CompletableFuture<Void>>> queue = new LinkedHashMap<>();
    private final List<CompletableFuture<Void>> idle = new ArrayList<>();
    private boolean running;

    AuditSealer(DataSource main) {
        this.own = ownConnection(main);
        DataSource source = own == null ? main : own;
        this.seal = new ChainSeal(source);
        this.thread = Executors.newSingleThreadExecutor(task -> {
            Thread sealer = new Thread(task, "audit-sealer");
            sealer.setDaemon(true);
            return sealer;
        });
    }

    /**
     * A connection of its own, so that sealing never waits for the application's pool, whose
     * connections may all be held by requests waiting for their events to be sealed.
     */
    private static HikariDataSource ownConnection(DataSource main) {
        if (!(main instanceof HikariDataSource)) {
            return null;
        }
        HikariDataSource own =
                DataSourceBuilder.derivedFrom(main).type(HikariDataSource.class).build();
        own.setPoolName("audit-sealer");
        // The sealer thread's, and one for the audit job's look for batches left pending.
        own.setMaximumPoolSize(2);
        own.setMinimumIdle(0);
        return own;
    }

    /** Asks for the batch to be sealed; the future completes when none of its events is pending. */
    synchronized CompletableFuture<Void> seal(String batch) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        queue.computeIfAbsent(batch, b -> new ArrayList<>()).add(done);
        if (!running) {
            try {
                thread.execute(this::drain);
                running = true;
            } catch (RejectedExecutionException e) {
                // The node is stopping: the events stay pending for the audit job of a node that runs.
                queue.remove(batch);
                done.completeExceptionally(e);
            }
        }
        return done;
    }

    /** Seals the batch and waits for it at most {@code patience}; what is left is sealed all the same. */
    void sealAndWait(String batch, Duration patience) {
        await(seal(batch), patience);
    }

    /** Seals every committed batch still pending (after a crash, or one whose sealing failed). */
    void sealAll(Duration patience) {
        List<CompletableFuture<Void>> all =
                this.seal.pendingBatches().stream().map(this::seal).toList();
        await(CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)), patience);
    }

    /** Waits at most {@code patience} until the sealer has nothing left to do. */
    void awaitIdle(Duration patience) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        synchronized (this) {
            if (!running) {
                return;
            }
            idle.add(done);
        }
        await(done, patience);
    }

    private void drain() {
        try {
            drainQueue();
        } catch (Error e) {
            synchronized (this) {
                // The next request starts a new drain; what is queued is sealed then or by the audit job.
                running = false;
            }
            throw e;
        }
    }

    private void drainQueue() {
        while (true) {
            List<String> batches;
            synchronized (this) {
                if (queue.isEmpty()) {
                    running = false;
                    idle.forEach(f -> f.complete(null));
                    idle.clear();
                    return;
                }
                batches = queue.keySet().stream().limit(BATCHES_PER_CHUNK).toList();
            }
            sealNextChunk(batches);
        }
    }

    private void sealNextChunk(List<String> batches) {
        Map<String, Boolean> done;
        try {
            done = seal.next(batches, CHUNK);
        } catch (RuntimeException e) {
            // Their events stay pending, in order; the audit job seals them on its next run.
            log.warn("Sealing audit batches {} failed; they are retried by the audit job", batches, e);
            synchronized (this) {
                batches.forEach(b -> queue.remove(b)
                        .forEach(f -> f.completeExceptionally(new IllegalStateException("sealing failed"))));
            }
            return;
        }
        synchronized (this) {
            done.forEach((batch, finished) -> {
                List<CompletableFuture<Void>> waiting = queue.remove(batch);
                if (finished) {
                    waiting.forEach(f -> f.complete(null));
                } else {
                    // A long batch goes to the back: what was committed meanwhile is sealed first.
                    queue.put(batch, waiting);
                }
            });
        }
    }

    private static void await(CompletableFuture<Void> done, Duration patience) {
        try {
            done.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // The change is committed; its events are sealed later, in the same order.
            log.debug("Audit events not sealed yet: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (own != null) {
            own.close();
        }
    }
}
