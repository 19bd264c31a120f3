package taizhang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The event's hash covers its predecessor's hash and every one of its own fields. */
class AuditEventTest {

    private static final Instant AT = Instant.parse("2021-09-01T02:00:00.123456Z");
    private static final String PREV = "ab".repeat(32);

    private static AuditEvent sealed(
            long seq,
            Instant at,
            String actor,
            String action,
            String type,
            Long objectId,
            String before,
            String after,
            String prev) {
        return new AuditEvent(
                seq,
                at,
                actor,
                action,
                type,
                objectId,
                before,
                after,
                prev,
                AuditEvent.hash(seq, at, actor, action, type, objectId, before, after, prev));
    }

    private static final AuditEvent EVENT =
            sealed(42, AT, "office-1", "measure.assign", "measure", 7L, "{\"leadOrgId\":1}", "{\"leadOrgId\":2}", PREV);

    private static AuditEvent change(UnaryOperator<AuditEvent> edit) {
        return edit.apply(EVENT);
    }

    @Test
    void hashIsSha256HexAndStable() {
        assertThat(EVENT.hash()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(EVENT.expectedHash()).isEqualTo(EVENT.hash());
        assertThat(sealed(
                                42,
                                AT,
                                "office-1",
                                "measure.assign",
                                "measure",
                                7L,
                                "{\"leadOrgId\":1}",
                                "{\"leadOrgId\":2}",
                                PREV)
                        .hash())
                .isEqualTo(EVENT.hash());
    }

    @Test
    void changingAnyFieldChangesTheHash() {
        List<AuditEvent> tampered = new ArrayList<>();
        tampered.add(change(e -> new AuditEvent(
                43,
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.objectType(),
                e.objectId(),
                e.beforeJson(),
                e.afterJson(),
                e.prevHash(),
                e.hash())));
        tampered.add(change(e -> new AuditEvent(
                e.seq(),
                AT.plusNanos(1000),
                e.actor(),
                e.action(),
                e.objectType(),
                e.objectId(),
                e.beforeJson(),
                e.afterJson(),
                e.prevHash(),
                e.hash())));
        tampered.add(change(e -> new AuditEvent(
                e.seq(),
                e.occurredAt(),
                "office-2",
                e.action(),
                e.objectType(),
                e.objectId(),
                e.beforeJson(),
                e.afterJson(),
                e.prevHash(),
                e.hash())));
        tampered.add(change(e -> new AuditEvent(
                e.seq(),
                e.occurredAt(),
                e.actor(),
                "measure.status",
                e.objectType(),
                e.objectId(),
                e.beforeJson(),
                e.afterJson(),
                e.prevHash(),
                e.hash())));
        tampered.add(change(e -> new AuditEvent(
                e.seq(),
                e.occurredAt(),
                e.actor(),
                e.action(),
                "problem",
                e.objectId(),
                e.beforeJson(),
                e.afterJson(),
                e.prevHash(),
                e.hash())));
        tampered.add(change(e -> new AuditEvent(
                e.seq(),
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.objectType(),
                8L,
                e.beforeJson(),
                e.afterJson(),
                e.prevHash(),
                e.hash())));
        tampered.add(change(e -> new AuditEvent(
                e.seq(),
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.objectType(),
                null,
                e.beforeJson(),
                e.afterJson(),
                e.prevHash(),
                e.hash())));
        tampered.add(change(e -> new AuditEvent(
                e.seq(),
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.objectType(),
                e.objectId(),
                "{\"leadOrgId\":3}",
                e.afterJson(),
                e.prevHash(),
                e.hash())));
        tampered.add(change(e -> new AuditEvent(
                e.seq(),
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.objectType(),
                e.objectId(),
                null,
                e.afterJson(),
                e.prevHash(),
                e.hash())));
        tampered.add(change(e -> new AuditEvent(
                e.seq(),
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.objectType(),
                e.objectId(),
                e.beforeJson(),
                "{\"leadOrgId\":9}",
                e.prevHash(),
                e.hash())));
        tampered.add(change(e -> new AuditEvent(
                e.seq(),
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.objectType(),
                e.objectId(),
                e.beforeJson(),
                e.afterJson(),
                AuditEvent.GENESIS,
                e.hash())));
        for (AuditEvent e : tampered) {
            assertThat(e.expectedHash()).as(e.toString()).isNotEqualTo(EVENT.hash());
        }
        assertThat(tampered.stream().map(AuditEvent::expectedHash).distinct()).hasSize(tampered.size());
    }

    @Test
    void movingTextBetweenFieldsChangesTheHash() {
        String a = AuditEvent.hash(1, AT, "ab", "c", "measure", 1L, null, null, PREV);
        String b = AuditEvent.hash(1, AT, "a", "bc", "measure", 1L, null, null, PREV);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void anEmptyValueIsNotAMissingOne() {
        assertThat(AuditEvent.hash(1, AT, "a", "b", "t", 1L, "", null, PREV))
                .isNotEqualTo(AuditEvent.hash(1, AT, "a", "b", "t", 1L, null, null, PREV))
                .isNotEqualTo(AuditEvent.hash(1, AT, "a", "b", "t", 1L, null, "", PREV));
    }

    @Test
    void genesisIsSixtyFourZeros() {
        assertThat(AuditEvent.GENESIS).hasSize(64).matches("0+");
    }
}
