package taizhang.ledger;

import java.time.Instant;

/**
 * 移除: the office takes a measure or a problem out of the ledger, always with a reason. The row
 * stays, with its reports, files and audit trail, so the office can restore it; until then the
 * ledger, statistics, notices, warnings and cycles leave it out, and nothing changes it.
 *
 * @param at when it was removed; a problem's measures removed with it carry the problem's instant,
 *     which is how a restored problem finds them again
 */
public record Removal(Instant at, String reason) {

    /** The longest reason a removal keeps. */
    public static final int MAX_REASON = 1000;

    /** A removal at that instant, refused without a reason. */
    public static Removal of(String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalTransitionException("移除必须写明理由");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new IllegalTransitionException("移除理由不能超过 " + MAX_REASON + " 字");
        }
        return new Removal(at, reason.strip());
    }

    /** Refuses any change to something removed: it is restored first. */
    static void requireLive(Removal removal, String what) {
        if (removal != null) {
            throw new IllegalTransitionException(what + "已移除，不能修改；如需修改请先恢复");
        }
    }

    /** Refuses to restore what is not removed. */
    static void requireRemoved(Removal removal, String what) {
        if (removal == null) {
            throw new IllegalTransitionException(what + "未被移除，无需恢复");
        }
    }

    /** The SQL condition that keeps the live rows of the table aliased {@code alias}. */
    static String live(String alias) {
        return alias + ".removed_at is null";
    }
}
