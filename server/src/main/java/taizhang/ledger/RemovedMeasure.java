package taizhang.ledger;

/**
 * A measure the office removed, as the campaign's page lists it for restoring.
 *
 * @param withProblem its problem is removed too: the problem is restored first
 */
public record RemovedMeasure(long id, String code, String title, int version, Removal removal, boolean withProblem) {}
