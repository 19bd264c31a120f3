package taizhang.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to and checks the tamper-evident audit trail. {@link #record} joins the caller's
 * transaction, so the event is written if and only if the change it describes is.
 */
@Service
public class AuditTrail {

    private final AuditRepository events;
    private final JsonMapper json;
    private final Clock clock;

    AuditTrail(AuditRepository events, JsonMapper json, Clock clock) {
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** What one event says, before it takes its place in the chain. */
    public record Entry(String action, String objectType, Long objectId, Object before, Object after) {}

    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEvent record(
            String actor, String action, String objectType, Long objectId, Object before, Object after) {
        return append(actor, List.of(new Entry(action, objectType, objectId, before, after)))
                .get(0);
    }

    /**
     * Appends the entries in their order under one lock of the chain head, each hashed on its
     * predecessor, inserted in batches, with the head moved once at the end: for bulk writes such
     * as an imported sheet, where a lock and a head update per event would cost more than the rows.
     * Like {@link #record} it joins the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(String actor, List<Entry> entries) {
        if (!entries.isEmpty()) {
            append(actor, entries);
        }
    }

    private List<AuditEvent> append(String actor, List<Entry> entries) {
        AuditRepository.Head head = events.lockHead();
        Instant at = now();
        List<AuditEvent> chain = new ArrayList<>(entries.size());
        long seq = head.lastSeq();
        String prevHash = head.lastHash();
        for (Entry entry : entries) {
            AuditEvent event = next(seq++, prevHash, at, actor, entry);
            chain.add(event);
            prevHash = event.hash();
        }
        events.appendAll(chain);
        return chain;
    }

    private AuditEvent next(long lastSeq, String prevHash, Instant at, String actor, Entry entry) {
        long seq = lastSeq + 1;
        String beforeJson = toJson(entry.before());
        String afterJson = toJson(entry.after());
        String hash = AuditEvent.hash(
                seq, at, actor, entry.action(), entry.objectType(), entry.objectId(), beforeJson, afterJson, prevHash);
        return new AuditEvent(
                seq,
                at,
                actor,
                entry.action(),
                entry.objectType(),
                entry.objectId(),
                beforeJson,
                afterJson,
                prevHash,
                hash);
    }

    /** Microseconds: what PostgreSQL keeps, so the hash of a re-read event is the same. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Walks the chain from the first event: each must follow its predecessor (dense seq, equal
     * prev hash) and carry the hash of its own content; the head must point at the last one.
     */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        var walk = new Object() {
            long count;
            long expectedSeq = 1;
            String prevHash = AuditEvent.GENESIS;
            Long broken;
            String reason;
        };
        events.forEachInOrder(e -> {
            walk.count++;
            if (walk.broken != null) {
                return;
            }
            if (e.seq() != walk.expectedSeq) {
                walk.broken = walk.expectedSeq;
                walk.reason = "事件 " + walk.expectedSeq + " 缺失（链在此中断）";
            } else if (!e.prevHash().equals(walk.prevHash)) {
                walk.broken = e.seq();
                walk.reason = "事件 " + e.seq() + " 记录的前一事件哈希与实际不符";
            } else if (!e.hash().equals(e.expectedHash())) {
                walk.broken = e.seq();
                walk.reason = "事件 " + e.seq() + " 的内容已被改动（哈希不符）";
            }
            walk.expectedSeq = e.seq() + 1;
            walk.prevHash = e.hash();
        });
        if (walk.broken == null) {
            AuditRepository.Head head = events.head();
            if (head.lastSeq() != walk.count || !head.lastHash().equals(walk.prevHash)) {
                return new ChainVerification(
                        walk.count,
                        walk.count + 1,
                        "链尾记录指向事件 " + head.lastSeq() + "，但实际只有 " + walk.count + " 个完整事件（末尾事件被删除）");
            }
        }
        return new ChainVerification(walk.count, walk.broken, walk.reason);
    }

    public List<AuditEvent> history(String objectType, long objectId) {
        return events.forObject(objectType, objectId);
    }

    public List<AuditEvent> latest(int limit) {
        return events.latest(limit);
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
