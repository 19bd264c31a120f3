package taizhang.ledger;

import java.util.List;

/** The ledger page: the rows of the current view, and what its filter and bulk forms offer. */
public record LedgerPage(
        LedgerCriteria criteria,
        List<LedgerRow> rows,
        boolean hasNext,
        Total total,
        List<Campaign> campaigns,
        List<Section> sections,
        ProblemChoice problems,
        List<UnitOption> units,
        boolean canAssign,
        String message) {

    /** How many measures the view holds; {@code more} when there are more than {@code count} (counting stopped). */
    public record Total(long count, boolean more) {

        public String label() {
            return "共 " + String.format("%,d", count) + (more ? "+" : "") + " 项";
        }
    }

    /**
     * An organisation in a select, indented by its depth below the reader's own; {@code active} false
     * for a deactivated one, which the filter still offers (its history) but no assignment does.
     */
    public record UnitOption(long id, String label, boolean active) {

        public UnitOption(long id, String label) {
            this(id, label, true);
        }
    }

    /**
     * How the filter offers a problem: a list when the campaign has few, else a box for the
     * problem's number (a generated campaign has 250,000: as options, megabytes per page).
     */
    public record ProblemChoice(List<Problem> options, boolean byNumber, Integer number) {

        static final ProblemChoice NONE = new ProblemChoice(List.of(), false, null);

        public boolean disabled() {
            return options.isEmpty() && !byNumber;
        }
    }

    public LedgerPage withMessage(String text) {
        return new LedgerPage(criteria, rows, hasNext, total, campaigns, sections, problems, units, canAssign, text);
    }

    public List<MeasureStatus> statuses() {
        return List.of(MeasureStatus.values());
    }

    public List<WarningLevel> warnings() {
        return List.of(WarningLevel.values());
    }

    public List<MeasureType> types() {
        return List.of(MeasureType.values());
    }
}
