package taizhang.extension;

/** For the annual assessment (考核): how many extensions a unit asked for on a measure, and how they ended. */
public record ExtensionCount(
        long measureId, String measureCode, long orgId, String unit, int requested, int approved, int refused) {}
