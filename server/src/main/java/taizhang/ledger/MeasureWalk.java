package taizhang.ledger;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The path the ledger's id query takes to one page: the rows it reads and the order it reads
 * them in. A page of fifty should cost about fifty index entries, not a sort of every measure
 * that matches, which at a million measures is seconds.
 * <ul>
 * <li>Sorted by id, or in problem order within a campaign, for a unit (a unit user's own ledger,
 * or the unit filter), the query walks that unit's {@code measure_unit} key, whose rows carry
 * their measure's campaign, problem and number (migration V45). When no other condition needs
 * the measure's row, the walk reads the key alone and a later page skips index entries only. In
 * id order the walk takes the primary key (org, measure, campaign) in a campaign too (V148): it
 * passes over the unit's entries of other campaigns, which an index per campaign saved at the
 * cost of one more B-tree written for every row.</li>
 * <li>Otherwise PostgreSQL's planner finds the walk itself. H2's picks the index with the best
 * equality match (until V150, the single-column index it made for the {@code campaign_id}
 * foreign key), then sorts the whole campaign; on H2 the index that yields the sort order is
 * named with {@code USE INDEX}, and the order is spelt with that index's columns.</li>
 * <li>A problem selects a few rows through its own index, and so does a deadline range that
 * holds few measures, where an ordered walk could read the whole campaign to find none: both
 * databases are left to choose. PostgreSQL knows from its statistics how many a range holds;
 * for H2 the repository counts up to {@link #DENSE_RANGE} and says whether the range is dense.</li>
 * </ul>
 *
 * @param key        the unit's {@code measure_unit} rows as a from clause, or null when the walk is not a unit's
 * @param from       the from clause with the measure row joined
 * @param drivingOrg the unit whose key is walked, or null
 * @param orderBy    the order of the walk, ending with a unique column
 */
record MeasureWalk(String key, String from, Long drivingOrg, String orderBy) {

    /** Matches in a deadline range from which walking in order finds a page sooner than sorting the range. */
    static final int DENSE_RANGE = 5_000;

    /** A condition on the measure's own row, which the key alone cannot answer. */
    private static final Pattern MEASURE_COLUMN = Pattern.compile("(?<![\\w.])m\\.");

    private static final String PROBLEM_ORDER = "m.problem_id, m.ordinal";

    private record SortIndex(String withCampaign, String withoutCampaign, String columns) {}

    /** By sort column: the index that yields that order within a campaign, and across campaigns. */
    private static final Map<String, SortIndex> H2_INDEXES = Map.of(
            "m.id",
            new SortIndex("measure_campaign", "", "m.id"),
            "m.deadline",
            new SortIndex("measure_campaign_deadline", "measure_deadline", "m.deadline, m.id"),
            "m.updated_at",
            new SortIndex("measure_updated", "measure_updated", "m.updated_at, m.id"),
            "m.status",
            new SortIndex("measure_status", "measure_status", "m.status, m.id"),
            "m.warning",
            new SortIndex("measure_warning", "measure_warning", "m.warning, m.id"),
            // An index on problem_id alone (V150): H2 sorts each problem's few measures as it reads.
            PROBLEM_ORDER,
            new SortIndex("measure_problem", "measure_problem", "m.problem_id, m.ordinal, m.id"));

    /**
     * The names H2 gave the primary key indexes of {@code measure} and {@code measure_unit}, which
     * the repository reads; a walk names them where H2 would otherwise choose worse.
     */
    record H2Keys(String measure, String measureUnit) {}

    /**
     * @param h2         on H2, its primary key names; null on PostgreSQL. A unit's walk looks each
     *                   measure up by id through the measure's ({@link #byId}): left to itself, H2
     *                   reads whole statuses for every row walked when the filter lists two (seconds
     *                   per page). A unit's walk in id order names the unit key's: given a campaign,
     *                   H2 prefers the problem-order index, which matches two columns, and sorts.
     * @param unitKey    the organisation whose {@code measure_unit} key alone narrows the query
     *                   (the unit filter, else the visibility rule), or null
     * @param denseRange the filter's deadline range holds at least {@link #DENSE_RANGE} measures
     */
    static MeasureWalk of(H2Keys h2, MeasureFilter filter, MeasureSort sort, Long unitKey, boolean denseRange) {
        boolean selective = filter.problemId() != null || hasRange(filter) && !denseRange;
        if (selective) {
            return plain("measure m", sort.orderBy());
        }
        boolean inCampaign = filter.campaignId() != null;
        if (unitKey != null && sort.column().equals("m.id")) {
            return unit(
                    h2, h2 == null ? null : quoted(h2.measureUnit()), unitKey, ordered("d.org_id, d.measure_id", sort));
        }
        if (unitKey != null && inCampaign && sort.column().equals(PROBLEM_ORDER)) {
            return unit(
                    h2,
                    "measure_unit_problem",
                    unitKey,
                    ordered("d.org_id, d.campaign_id, d.problem_id, d.ordinal, d.measure_id", sort));
        }
        if (h2 == null) {
            return plain("measure m", sort.orderBy());
        }
        SortIndex index = H2_INDEXES.get(sort.column());
        String columns = inCampaign && index.withCampaign().startsWith("measure_campaign")
                ? "m.campaign_id, " + index.columns()
                : index.columns();
        return plain(
                "measure m use index (" + (inCampaign ? index.withCampaign() : index.withoutCampaign()) + ")",
                ordered(columns, sort));
    }

    private static MeasureWalk plain(String from, String orderBy) {
        return new MeasureWalk(null, from, null, orderBy);
    }

    /** A unit's walk; on H2 the key's index is named, and the measure's. */
    private static MeasureWalk unit(H2Keys h2, String index, long org, String orderBy) {
        if (h2 == null) {
            return new MeasureWalk(
                    "measure_unit d", "measure_unit d join measure m on m.id = d.measure_id", org, orderBy);
        }
        String key = "measure_unit d use index (" + index + ")";
        return new MeasureWalk(key, key + " join " + byId(h2) + " on m.id = d.measure_id", org, orderBy);
    }

    /**
     * The measure table for reading rows by id. On H2 it names the primary key: given a status
     * list, or a list of campaigns, H2 prefers the index that starts with it and reads every
     * measure of those statuses or campaigns (0.1–0.6 s at a million) to find one id.
     */
    static String byId(H2Keys h2) {
        return h2 == null ? "measure m" : "measure m use index (" + quoted(h2.measure()) + ")";
    }

    /** H2 names a primary key index in capitals; unquoted, the name would be read in lower case. */
    private static String quoted(String name) {
        return "\"" + name + "\"";
    }

    static boolean hasRange(MeasureFilter filter) {
        return filter.deadlineFrom() != null || filter.deadlineTo() != null;
    }

    /**
     * The id query up to its order: the unit's key alone when none of the conditions reads the
     * measure's row (a unit's plain ledger), else the walk joined to the measures.
     *
     * @param conditions the query's conditions, each starting with {@code and}
     */
    String select(String conditions) {
        boolean keyAlone = key != null && !MEASURE_COLUMN.matcher(conditions).find();
        return (keyAlone ? "select d.measure_id as id from " + key : "select m.id from " + from) + " where "
                + (drivingOrg == null ? "1 = 1" : "d.org_id = :drivingOrg") + conditions;
    }

    private static String ordered(String columns, MeasureSort sort) {
        return sort.descending() ? columns.replace(",", " desc,") + " desc" : columns;
    }
}
