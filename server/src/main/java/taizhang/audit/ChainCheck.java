package taizhang.audit;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks a chain as it is walked, event by event in seq order: each must follow its predecessor
 * (dense seq, equal prev hash) and carry the hash of its own content, the head must point at the
 * last, and every checkpoint signed with the key must name an event that has its hash. A chain
 * rewritten in SQL with every hash recomputed still links; only the checkpoints, whose key is not
 * in the database, show it: from the first event after the last checkpoint that still agrees,
 * nothing is vouched for.
 */
final class ChainCheck {

    private final TreeMap<Long, Checkpoint> trusted = new TreeMap<>();
    private final Optional<CheckpointKey> key;
    private final int given;
    private String listProblem;

    private long count;
    private long expectedSeq = 1;
    private String prevHash = AuditEvent.GENESIS;
    private Long broken;
    private String reason;
    private Checkpoint firstMismatch;
    private Checkpoint lastGood;
    private long good;

    /** {@code checkpoints} from the database and from exported files; the same one may come twice. */
    ChainCheck(Optional<CheckpointKey> key, List<Checkpoint> checkpoints) {
        this.key = key;
        List<Checkpoint> ordered = checkpoints.stream()
                .distinct()
                .sorted(Comparator.comparingLong(Checkpoint::n))
                .toList();
        this.given = ordered.size();
        key.ifPresent(k -> trustUpToFirstProblem(k, ordered));
    }

    /** Trusts the checkpoints in their order up to the first one forged, changed, doubled or missing. */
    private void trustUpToFirstProblem(CheckpointKey k, List<Checkpoint> ordered) {
        Checkpoint previous = null;
        for (Checkpoint c : ordered) {
            long next = previous == null ? 1 : previous.n() + 1;
            if (!c.signedBy(k)) {
                listProblem = "检查点 #" + c.n() + " 的签名不符（被改动、伪造或换了密钥）";
            } else if (c.n() != next) {
                listProblem = c.n() < next ? "检查点 #" + c.n() + " 有两个不同的版本" : "检查点 #" + next + " 缺失";
            } else if (previous != null && c.seq() < previous.seq()) {
                listProblem = "检查点 #" + c.n() + " 指向的事件早于前一个检查点";
            }
            if (listProblem != null) {
                return;
            }
            trusted.put(c.seq(), c);
            previous = c;
        }
    }

    /** What is wrong with the checkpoints themselves, if anything. */
    Optional<String> checkpointProblem() {
        return Optional.ofNullable(listProblem);
    }

    void accept(AuditEvent e) {
        count++;
        if (broken == null) {
            if (e.seq() != expectedSeq) {
                broken = expectedSeq;
                reason = "事件 " + expectedSeq + " 缺失（链在此中断）";
            } else if (!e.prevHash().equals(prevHash)) {
                broken = e.seq();
                reason = "事件 " + e.seq() + " 记录的前一事件哈希与实际不符";
            } else if (!e.hash().equals(e.expectedHash())) {
                broken = e.seq();
                reason = "事件 " + e.seq() + " 的内容已被改动（哈希不符）";
            }
        }
        Checkpoint checkpoint = trusted.get(e.seq());
        if (checkpoint != null && firstMismatch == null) {
            if (checkpoint.hash().equals(e.hash())) {
                lastGood = checkpoint;
                good++;
            } else {
                firstMismatch = checkpoint;
            }
        }
        expectedSeq = e.seq() + 1;
        prevHash = e.hash();
    }

    ChainVerification result(AuditRepository.Head head, long unsealed) {
        if (broken == null && (head.lastSeq() != count || !head.lastHash().equals(prevHash))) {
            broken = count + 1;
            reason = "链尾记录指向事件 " + head.lastSeq() + "，但实际只有 " + count + " 个完整事件（末尾事件被删除）";
        }
        if (firstMismatch == null) {
            // A checkpoint beyond the last event: events it vouched for are gone.
            Map.Entry<Long, Checkpoint> beyond = trusted.higherEntry(count);
            firstMismatch = beyond == null ? null : beyond.getValue();
        }
        if (firstMismatch != null || listProblem != null) {
            untrustedFromLastGood();
        }
        return new ChainVerification(
                count,
                broken,
                reason,
                unsealed,
                good,
                lastGood == null ? null : lastGood.seq(),
                key.isEmpty() && given > 0 ? "有 " + given + " 个签名检查点，但未配置检查点密钥，未核验" : null);
    }

    /**
     * The rewrite may begin anywhere after the last checkpoint that agrees, so that is the event
     * named, unless a broken link comes even earlier.
     */
    private void untrustedFromLastGood() {
        long from = lastGood == null ? 1 : lastGood.seq() + 1;
        String finding = firstMismatch != null
                ? "检查点 #" + firstMismatch.n() + "（事件 " + firstMismatch.seq() + "，签于 " + firstMismatch.signedAt()
                        + "）与链中的事件不符"
                : listProblem;
        String since = "，自事件 " + from + " 起的事件已不可信"
                + (lastGood == null ? "（没有更早的相符检查点）" : "（最后一个相符的检查点是事件 " + lastGood.seq() + "）");
        if (broken != null && broken < from) {
            reason = reason + "；另外" + finding;
            return;
        }
        reason = finding + since + (broken == null ? "" : "；" + reason);
        broken = from;
    }
}
