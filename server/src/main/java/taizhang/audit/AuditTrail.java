package taizhang.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to and checks the tamper-evident audit trail. {@link #record} joins the caller's
 * transaction, so the event is written if and only if the change it describes is. It is written
 * unhashed, taking no lock: the events of a transaction are one batch, hashed into the chain by
 * {@link AuditSealer} right after the commit (the caller waits for that a moment, so that what
 * it did is in the chain when it returns, but never longer than {@code taizhang.audit.seal-wait},
 * and not at all for a batch too large to be sealed in that time: {@link #WAITED_FOR}).
 * A long import therefore holds nothing that another writer needs.
 */
@Service
public class AuditTrail {

    /**
     * The largest batch its caller waits for. The sealer seals about 10,000 events a second on two
     * cores, so a larger batch (a sheet of thousands of measures) would not be sealed within the
     * wait anyway: its caller answers at once, and the sealer goes on with the batch's committed
     * events, which stay pending, and so are never lost, until it has.
     */
    static final int WAITED_FOR = 10 * AuditSealer.CHUNK;

    private final AuditRepository events;
    private final AuditSealer sealer;
    private final AuditCheckpoints checkpoints;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration sealWait;

    AuditTrail(
            AuditRepository events,
            AuditSealer sealer,
            AuditCheckpoints checkpoints,
            JsonMapper json,
            Clock clock,
            @Value("${taizhang.audit.seal-wait:PT2S}") Duration sealWait) {
        this.events = events;
        this.sealer = sealer;
        this.checkpoints = checkpoints;
        this.json = json;
        this.clock = clock;
        this.sealWait = sealWait;
    }

    /** What one event says, before it takes its place in the chain. */
    public record Entry(String action, String objectType, Long objectId, Object before, Object after) {}

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String objectType, Long objectId, Object before, Object after) {
        append(actor, List.of(new Entry(action, objectType, objectId, before, after)));
    }

    /**
     * Appends the entries in their order, inserted in batches: for bulk writes such as an imported
     * sheet. Like {@link #record} it joins the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(String actor, List<Entry> entries) {
        if (!entries.isEmpty()) {
            append(actor, entries);
        }
    }

    private void append(String actor, List<Entry> entries) {
        Batch batch = batch();
        Instant at = now();
        List<AuditRepository.PendingEvent> pending = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            pending.add(new AuditRepository.PendingEvent(
                    batch.id,
                    batch.next++,
                    at,
                    actor,
                    entry.action(),
                    entry.objectType(),
                    entry.objectId(),
                    toJson(entry.before()),
                    toJson(entry.after())));
        }
        events.insertPending(pending);
    }

    /** The transaction's batch, begun with its first event and sealed after its commit. */
    private Batch batch() {
        Batch bound = (Batch) TransactionSynchronizationManager.getResource(this);
        if (bound != null) {
            return bound;
        }
        Batch batch = new Batch(UUID.randomUUID().toString());
        TransactionSynchronizationManager.bindResource(this, batch);
        TransactionSynchronizationManager.registerSynchronization(new Sealing(batch));
        return batch;
    }

    private static final class Batch {
        final String id;
        int next;

        Batch(String id) {
            this.id = id;
        }
    }

    /** Keeps the batch with its own transaction (an inner REQUIRES_NEW gets its own) and seals it after commit. */
    private final class Sealing implements TransactionSynchronization {
        private final Batch batch;

        Sealing(Batch batch) {
            this.batch = batch;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(AuditTrail.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(AuditTrail.this, batch);
        }

        @Override
        public void afterCommit() {
            if (batch.next > WAITED_FOR) {
                sealer.seal(batch.id);
            } else {
                sealer.sealAndWait(batch.id, sealWait);
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
        }
    }

    /** Microseconds: what PostgreSQL keeps, so the hash of a re-read event is the same. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Walks the sealed chain and checks it against the signed checkpoints; see {@link ChainCheck}. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        return verify(List.of());
    }

    /** As {@link #verify()}, with checkpoints exported earlier and kept elsewhere as well. */
    @Transactional(readOnly = true)
    public ChainVerification verify(List<Checkpoint> exported) {
        sealer.awaitIdle(sealWait);
        List<Checkpoint> all = new ArrayList<>(events.checkpoints());
        all.addAll(exported);
        ChainCheck check = new ChainCheck(checkpoints.key(), all);
        events.forEachInOrder(check::accept);
        return check.result(events.head(), events.unsealed().count());
    }

    public List<AuditEvent> history(String objectType, long objectId) {
        return events.forObject(objectType, objectId);
    }

    /** The newest sealed events, after waiting a moment for the sealer to finish what it has. */
    public List<AuditEvent> latest(int limit) {
        sealer.awaitIdle(sealWait);
        return events.latest(limit);
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
