package taizhang.workbench;

import java.util.List;
import taizhang.ledger.MeasureType;
import taizhang.ledger.Removal;

/**
 * The office's edit-by-hand part of the measure page: the form for every field, removal with a
 * reason, and the restore of a removed measure; who may use which, and the units it may name.
 *
 * @param removal why and when the office removed the measure; null while it is in the ledger
 * @param archived the measure's campaign is archived: the page only reads
 */
public record MeasureEditPanel(
        boolean mayEdit, boolean mayRemove, boolean mayRestore, Removal removal, boolean archived, List<Unit> units) {

    /** A unit the office may name, indented by its depth below the office's own. */
    public record Unit(long id, String label) {}

    public List<MeasureType> types() {
        return List.of(MeasureType.values());
    }

    public boolean any() {
        return mayEdit || mayRemove || mayRestore || removal != null || archived;
    }
}
