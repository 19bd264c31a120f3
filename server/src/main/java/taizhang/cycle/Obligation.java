package taizhang.cycle;

/**
 * One required measure of a cycle and where its lead unit stands on it.
 *
 * @param code the problem number and the measure's ordinal, as the ledger shows them ({@code 3-2})
 * @param returnReason the office's reason when the report was returned and not yet submitted again
 */
public record Obligation(
        long measureId,
        String code,
        String title,
        long orgId,
        String orgName,
        Standing standing,
        String returnReason) {}
