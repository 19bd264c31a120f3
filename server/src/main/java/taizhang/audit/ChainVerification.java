package taizhang.audit;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The result of walking the audit chain.
 *
 * @param events how many events were checked
 * @param firstBrokenSeq the first event whose stored hashes do not match, or null when intact
 * @param reason why that event is broken
 */
public record ChainVerification(long events, Long firstBrokenSeq, String reason) {

    @JsonProperty("intact")
    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
