package taizhang.extension;

/**
 * For the annual assessment (考核): how many extensions a unit asked for on a measure, and how they
 * ended. {@code measureCode} and {@code unit} are null where read without them
 * ({@link ExtensionService#countsRequestedIn}).
 */
public record ExtensionCount(
        long measureId, String measureCode, long orgId, String unit, int requested, int approved, int refused) {}
