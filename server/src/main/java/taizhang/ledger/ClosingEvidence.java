package taizhang.ledger;

/**
 * How many evidence files a measure has: what 销号 rests on. The evidence feature answers it;
 * the ledger asks, so every path that closes a measure checks the same files.
 */
public interface ClosingEvidence {

    int files(long measureId);
}
