package taizhang.progress;

/** Where a unit's progress report stands in review. */
public enum ReportStatus {
    /** Saved by the unit, not yet sent. */
    DRAFT,
    SUBMITTED,
    ACCEPTED,
    /** 退回: sent back with a reason; the unit edits and submits again. */
    RETURNED
}
