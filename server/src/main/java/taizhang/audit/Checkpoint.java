package taizhang.audit;

import java.time.Instant;

/**
 * The audit chain's head at one time, signed: the {@code n}-th checkpoint says that event
 * {@code seq} had hash {@code hash} at {@code signedAt}. As each event's hash covers all before
 * it, a good checkpoint vouches for the whole chain up to {@code seq}; its MAC is made with a key
 * kept outside the database, so a rewritten chain cannot be given a matching checkpoint.
 */
public record Checkpoint(long n, long seq, String hash, Instant signedAt, String mac) {

    public static Checkpoint sign(CheckpointKey key, long n, long seq, String hash, Instant signedAt) {
        return new Checkpoint(n, seq, hash, signedAt, key.mac(content(n, seq, hash, signedAt)));
    }

    /** Whether this checkpoint was signed with that key and not changed since. */
    public boolean signedBy(CheckpointKey key) {
        return mac != null && hash != null && signedAt != null && key.matches(content(n, seq, hash, signedAt), mac);
    }

    private static String content(long n, long seq, String hash, Instant signedAt) {
        return "taizhang-audit-checkpoint/1|" + n + "|" + seq + "|" + hash + "|" + signedAt;
    }
}
