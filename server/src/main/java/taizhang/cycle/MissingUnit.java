package taizhang.cycle;

import java.util.List;

/** A unit that still owes reports for a cycle, with the measures it has not submitted. */
public record MissingUnit(long orgId, String name, List<Long> measureIds) {}
