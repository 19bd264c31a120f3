package taizhang.ledger;

/** A group of problems, such as {@code （一）坚持党的全面领导}. */
public record Section(long id, long campaignId, String label, String title, int position) {}
