package taizhang.ingest;

/**
 * How a draft item maps onto a ledger row that already exists (a later report of the same
 * campaign). Null on the item means it is new.
 *
 * @param id the existing problem or measure
 * @param similarity of the titles, 0 to 1
 * @param confirmed set by the office for a doubtful match, or true when the match is sure
 */
public record Match(long id, String title, double similarity, boolean confirmed) {

    /** Below this a title match needs the office's confirmation. */
    static final double SURE = 0.8;

    static Match of(long id, String title, double similarity) {
        return new Match(id, title, similarity, similarity >= SURE);
    }

    Match confirm() {
        return new Match(id, title, similarity, true);
    }
}
