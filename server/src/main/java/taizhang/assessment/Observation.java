package taizhang.assessment;

/**
 * What the ledger says about one unit for one rule, before any weighing. A rate rule observes
 * {@code part} of {@code whole} (16 reports on time of 18 required); a count rule observes
 * {@code part} occurrences and no whole. {@code detail} says in words what was counted.
 */
public record Observation(Rule rule, double part, long whole, String detail) {

    public static Observation rate(Rule rule, long part, long whole, String detail) {
        if (!rule.isRate() || part < 0 || part > whole) {
            throw new IllegalArgumentException(rule + " " + part + " of " + whole);
        }
        return new Observation(rule, part, whole, detail);
    }

    public static Observation count(Rule rule, double count, String detail) {
        if (rule.isRate() || count < 0) {
            throw new IllegalArgumentException(rule + " " + count);
        }
        return new Observation(rule, count, 0, detail);
    }
}
