package taizhang.ledger;

import java.util.Map;

/**
 * The path the ledger's id query takes to one page: the rows it reads and the order it reads
 * them in. A page of fifty should cost about fifty index entries, not a sort of every measure
 * that matches, which at a million measures is seconds.
 * <ul>
 * <li>Sorted by id for a unit (a unit user's own ledger, or the unit filter), the query walks
 * that unit's {@code measure_unit} key, which lists its measures in id order.</li>
 * <li>Otherwise PostgreSQL's planner finds the walk itself. H2's picks the index with the best
 * equality match (the single-column index it made for the {@code campaign_id} foreign key),
 * then sorts the whole campaign; on H2 the index that yields the sort order is named with
 * {@code USE INDEX}, and the order is spelt with that index's columns.</li>
 * <li>A problem selects a few rows through its own index, and so does a deadline range that
 * holds few measures, where an ordered walk could read the whole campaign to find none: both
 * databases are left to choose. PostgreSQL knows from its statistics how many a range holds;
 * for H2 the repository counts up to {@link #DENSE_RANGE} and says whether the range is dense.</li>
 * </ul>
 */
record MeasureWalk(String from, Long drivingOrg, String orderBy) {

    /** Matches in a deadline range from which walking in order finds a page sooner than sorting the range. */
    static final int DENSE_RANGE = 5_000;

    private record SortIndex(String withCampaign, String withoutCampaign, String columns) {
    }

    /** By sort column: the index that yields that order within a campaign, and across campaigns. */
    private static final Map<String, SortIndex> H2_INDEXES = Map.of(
            "m.id", new SortIndex("measure_campaign", "", "m.id"),
            "m.deadline", new SortIndex("measure_campaign_deadline", "measure_deadline", "m.deadline, m.id"),
            "m.updated_at", new SortIndex("measure_updated", "measure_updated", "m.updated_at, m.id"),
            "m.status", new SortIndex("measure_status", "measure_status", "m.status, m.id"),
            "m.warning", new SortIndex("measure_warning", "measure_warning", "m.warning, m.id"),
            "m.problem_id, m.ordinal", new SortIndex("measure_problem", "measure_problem",
                    "m.problem_id, m.ordinal, m.id"));

    /**
     * @param unitKey    the organisation whose {@code measure_unit} key alone narrows the query
     *                   (the unit filter, else the visibility rule), or null
     * @param denseRange the filter's deadline range holds at least {@link #DENSE_RANGE} measures
     */
    static MeasureWalk of(boolean h2, MeasureFilter filter, MeasureSort sort, Long unitKey, boolean denseRange) {
        boolean selective = filter.problemId() != null || hasRange(filter) && !denseRange;
        if (selective) {
            return new MeasureWalk("measure m", null, sort.orderBy());
        }
        if (unitKey != null && sort.column().equals("m.id")) {
            return new MeasureWalk("measure_unit d join measure m on m.id = d.measure_id", unitKey,
                    ordered("d.org_id, d.measure_id", sort.descending()));
        }
        if (!h2) {
            return new MeasureWalk("measure m", null, sort.orderBy());
        }
        SortIndex index = H2_INDEXES.get(sort.column());
        boolean inCampaign = filter.campaignId() != null;
        String columns = inCampaign && index.withCampaign().startsWith("measure_campaign")
                ? "m.campaign_id, " + index.columns() : index.columns();
        return new MeasureWalk("measure m use index (" + (inCampaign ? index.withCampaign() : index.withoutCampaign())
                + ")", null, ordered(columns, sort.descending()));
    }

    static boolean hasRange(MeasureFilter filter) {
        return filter.deadlineFrom() != null || filter.deadlineTo() != null;
    }

    /** The condition that ties the walk to its unit, or nothing. */
    String where() {
        return drivingOrg == null ? "1 = 1" : "d.org_id = :drivingOrg";
    }

    private static String ordered(String columns, boolean descending) {
        return descending ? columns.replace(",", " desc,") + " desc" : columns;
    }
}
