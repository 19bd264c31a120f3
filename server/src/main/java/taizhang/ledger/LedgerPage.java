package taizhang.ledger;

import java.util.List;

/** The ledger page: the rows of the current view, and what its filter and bulk forms offer. */
public record LedgerPage(LedgerCriteria criteria, List<LedgerRow> rows, boolean hasNext, List<Campaign> campaigns,
        List<Section> sections, List<Problem> problems, List<UnitOption> units, boolean canAssign, String message) {

    /** An organisation in a select, indented by its depth below the reader's own. */
    public record UnitOption(long id, String label) {
    }

    public LedgerPage withMessage(String text) {
        return new LedgerPage(criteria, rows, hasNext, campaigns, sections, problems, units, canAssign, text);
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
