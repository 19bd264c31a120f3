package taizhang.ledger;

import java.util.List;
import java.util.Set;

/**
 * A new wording, official text and assignment for a measure as it was read, such as a row of an
 * edited Excel ledger or the office's form: only the fields that differ are changed, through the
 * measure's own rules. A blank {@code body} means the measure has no text of its own.
 */
public record MeasureEdit(Measure measure, String title, String body, MeasureService.Assignment assignment) {

    /** A new wording and assignment that leave the official text as it is. */
    public MeasureEdit(Measure measure, String title, MeasureService.Assignment assignment) {
        this(measure, title, measure.body(), assignment);
    }

    public Set<MeasureField> changes() {
        return MeasureField.changed(measure, title, body, assignment);
    }

    /** The units it names that the measure did not name. */
    public List<Long> addedUnits() {
        return MeasureField.addedUnits(measure, assignment);
    }

    /**
     * The measure with the changed fields applied by {@link Measure#retitle} and
     * {@link Measure#assign}, the others kept as stored; throws what they throw (a closed measure,
     * a deadline on a continuing one).
     */
    public Measure applied() {
        Set<MeasureField> changes = changes();
        MeasureService.Assignment a = assignment;
        Measure m = changes.contains(MeasureField.TITLE) ? measure.retitle(title) : measure;
        if (changes.contains(MeasureField.BODY)) {
            m = m.reword(m.title(), blankToNull(body));
        }
        // Sorted as co-units read back, so that the audited measure is the stored one.
        List<Long> coUnits = changes.contains(MeasureField.CO_UNITS)
                ? a.coUnitIds().stream().sorted().toList()
                : measure.coUnitIds();
        return m.assign(
                a.leadOrgId(),
                coUnits,
                changes.contains(MeasureField.LEADER)
                        ? blankToNull(a.responsibleLeader())
                        : measure.responsibleLeader(),
                a.deadline(),
                a.type());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
