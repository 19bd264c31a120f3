package taizhang.audit;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The result of walking the audit chain.
 *
 * @param events how many sealed events were checked
 * @param firstBrokenSeq the first event that does not match, or null when intact: the first whose
 *     stored hashes do not link, or, when the chain links but disagrees with a signed checkpoint,
 *     the first event after the last checkpoint that still agrees
 * @param reason why that event is broken
 * @param unsealed events committed but not yet hashed into the chain (normally sealed within
 *     moments; not covered by this check until they are)
 * @param checkpoints how many signed checkpoints were found good and matching
 * @param lastCheckpointSeq the event the last good checkpoint vouches for, or null
 * @param note what could not be checked, e.g. checkpoints without a configured key; or null
 */
public record ChainVerification(
        long events,
        Long firstBrokenSeq,
        String reason,
        long unsealed,
        long checkpoints,
        Long lastCheckpointSeq,
        String note) {

    @JsonProperty("intact")
    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
