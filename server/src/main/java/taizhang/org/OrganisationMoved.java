package taizhang.org;

/**
 * Published inside the transaction that moved an organisation: every path that started with
 * {@code oldPath} now starts with {@code newPath}, so what others keep by path (users' sessions,
 * the ledger's unit rows) is brought up to date before the move commits.
 */
public record OrganisationMoved(long organisationId, String oldPath, String newPath) {}
