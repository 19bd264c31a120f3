package taizhang.ledger;

/**
 * 问题: one numbered problem from the inspection's feedback.
 *
 * @param removal why and when the office removed it (移除), with its measures; null while it is in the ledger
 */
public record Problem(
        long id,
        long campaignId,
        Long sectionId,
        int number,
        String title,
        String description,
        String sourceRef,
        int version,
        Removal removal) {

    /** A problem in the ledger. */
    public Problem(
            long id,
            long campaignId,
            Long sectionId,
            int number,
            String title,
            String description,
            String sourceRef,
            int version) {
        this(id, campaignId, sectionId, number, title, description, sourceRef, version, null);
    }

    public boolean removed() {
        return removal != null;
    }
}
