package taizhang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Checking a chain against signed checkpoints, without a database: a rewrite with every hash and
 * the head recomputed links perfectly, and only a checkpoint shows it, naming the first event
 * after the last checkpoint that still agrees.
 */
class ChainCheckTest {

    private static final CheckpointKey KEY = CheckpointKey.of("k".repeat(40));
    private static final Instant AT = Instant.parse("2026-11-02T02:00:00.123456Z");

    /** A chain of {@code n} events whose content is {@code "v" + seq}, or {@code rewritten} from {@code from} on. */
    private static List<AuditEvent> chain(int n, int from, String rewritten) {
        List<AuditEvent> events = new ArrayList<>();
        String prev = AuditEvent.GENESIS;
        for (long seq = 1; seq <= n; seq++) {
            String after = seq >= from ? rewritten + seq : "v" + seq;
            AuditEvent e = AuditEvent.chained(seq, prev, AT, "office", "probe", "probe", seq, null, after);
            events.add(e);
            prev = e.hash();
        }
        return events;
    }

    private static Checkpoint at(List<AuditEvent> chain, long n, int seq) {
        return Checkpoint.sign(KEY, n, seq, chain.get(seq - 1).hash(), AT.plusSeconds(n));
    }

    private static ChainVerification check(
            List<AuditEvent> events, Optional<CheckpointKey> key, List<Checkpoint> checkpoints) {
        ChainCheck check = new ChainCheck(key, checkpoints);
        events.forEach(check::accept);
        AuditEvent last = events.get(events.size() - 1);
        return check.result(new AuditRepository.Head(last.seq(), last.hash()), 0);
    }

    @Test
    void anUntouchedChainAgreesWithEveryCheckpoint() {
        List<AuditEvent> original = chain(10, 99, "");
        ChainVerification result =
                check(original, Optional.of(KEY), List.of(at(original, 1, 4), at(original, 2, 7), at(original, 3, 10)));
        assertThat(result.intact()).isTrue();
        assertThat(result.checkpoints()).isEqualTo(3);
        assertThat(result.lastCheckpointSeq()).isEqualTo(10);
    }

    @Test
    void theLastEventRewrittenWithItsHashAndTheHeadIsNamed() {
        List<AuditEvent> original = chain(10, 99, "");
        List<Checkpoint> signed = List.of(at(original, 1, 9), at(original, 2, 10));
        ChainVerification result = check(chain(10, 10, "forged"), Optional.of(KEY), signed);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(10);
        assertThat(result.reason()).contains("检查点 #2").contains("事件 10").contains("最后一个相符的检查点是事件 9");
        // Without the checkpoints the forgery would pass: every link and the head agree.
        assertThat(check(chain(10, 10, "forged"), Optional.empty(), List.of()).intact())
                .isTrue();
    }

    @Test
    void aRewriteInTheMiddleIsNamedFromTheEventAfterTheLastGoodCheckpoint() {
        List<AuditEvent> original = chain(10, 99, "");
        List<Checkpoint> signed = List.of(at(original, 1, 3), at(original, 2, 6), at(original, 3, 9));
        ChainVerification result = check(chain(10, 5, "forged"), Optional.of(KEY), signed);
        assertThat(result.firstBrokenSeq()).isEqualTo(4);
        assertThat(result.lastCheckpointSeq()).isEqualTo(3);
    }

    @Test
    void eventsCutFromTheEndWithTheHeadMovedBackAreFound() {
        List<AuditEvent> original = chain(10, 99, "");
        ChainVerification result =
                check(original.subList(0, 8), Optional.of(KEY), List.of(at(original, 1, 5), at(original, 2, 10)));
        assertThat(result.firstBrokenSeq()).isEqualTo(6);
    }

    @Test
    void aForgedOrMissingCheckpointIsFound() {
        List<AuditEvent> original = chain(10, 99, "");
        Checkpoint good = at(original, 1, 4);
        Checkpoint forged = new Checkpoint(2, 8, original.get(7).hash(), AT, "0".repeat(64));
        ChainVerification result = check(original, Optional.of(KEY), List.of(good, forged));
        assertThat(result.firstBrokenSeq()).isEqualTo(5);
        assertThat(result.reason()).contains("检查点 #2 的签名不符");

        ChainVerification gap = check(original, Optional.of(KEY), List.of(good, at(original, 3, 9)));
        assertThat(gap.firstBrokenSeq()).isEqualTo(5);
        assertThat(gap.reason()).contains("检查点 #2 缺失");
    }

    @Test
    void anotherKeyDoesNotVouchForAnything() {
        List<AuditEvent> original = chain(5, 99, "");
        ChainVerification result =
                check(original, Optional.of(CheckpointKey.of("x".repeat(40))), List.of(at(original, 1, 5)));
        assertThat(result.firstBrokenSeq()).isEqualTo(1);
    }

    @Test
    void withoutAKeyCheckpointsAreNotCheckedAndTheResultSaysSo() {
        List<AuditEvent> original = chain(5, 99, "");
        ChainVerification result = check(original, Optional.empty(), List.of(at(original, 1, 5)));
        assertThat(result.intact()).isTrue();
        assertThat(result.note()).contains("未配置检查点密钥");
    }

    @Test
    void aBrokenLinkBeforeTheLastGoodCheckpointIsNamedItself() {
        List<AuditEvent> original = new ArrayList<>(chain(10, 99, ""));
        AuditEvent third = original.get(2);
        original.set(
                2,
                new AuditEvent(3, AT, "office", "probe", "probe", 3L, null, "edited", third.prevHash(), third.hash()));
        ChainVerification result = check(original, Optional.of(KEY), List.of(at(chain(10, 99, ""), 1, 8)));
        assertThat(result.firstBrokenSeq()).isEqualTo(3);
        assertThat(result.reason()).contains("内容已被改动");
    }

    @Test
    void aShortKeyIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CheckpointKey.of("short"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32");
    }
}
