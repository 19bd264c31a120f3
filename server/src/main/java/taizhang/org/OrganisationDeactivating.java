package taizhang.org;

/**
 * Published inside the transaction that deactivates an organisation, before it commits: a feature
 * that still has something live there (enabled users) refuses by throwing, and nothing is changed.
 */
public record OrganisationDeactivating(long organisationId, String name) {}
