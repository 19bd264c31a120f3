package taizhang.progress;

/**
 * Published when the office accepts a report or returns it with a reason ({@code report.status()}
 * says which), in the transaction that records the decision.
 */
public record ReportReviewed(ProgressReport report, String measureTitle) {}
