package taizhang.ledger;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The parts of a measure the office words and assigns, under the names of the ledger's columns:
 * what an edited Excel ledger may change, and how the audit trail names each change.
 */
public enum MeasureField {
    TITLE("整改措施"),
    /** The measure's official text (as imported or as the office wrote it). */
    BODY("措施正文"),
    LEAD("牵头单位"),
    CO_UNITS("配合单位"),
    LEADER("责任人"),
    DEADLINE("整改时限"),
    TYPE("整改类型");

    private final String label;

    MeasureField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The fields whose new value differs from the measure's. Texts are compared without the
     * blanks and line-end styles a spreadsheet adds or drops; co-units as a set.
     */
    static Set<MeasureField> changed(Measure m, String title, String body, MeasureService.Assignment a) {
        Set<MeasureField> changed = EnumSet.noneOf(MeasureField.class);
        if (!text(m.title()).equals(text(title))) {
            changed.add(TITLE);
        }
        if (!text(m.body()).equals(text(body))) {
            changed.add(BODY);
        }
        if (!Objects.equals(m.leadOrgId(), a.leadOrgId())) {
            changed.add(LEAD);
        }
        if (!new HashSet<>(m.coUnitIds()).equals(new HashSet<>(a.coUnitIds()))) {
            changed.add(CO_UNITS);
        }
        if (!text(m.responsibleLeader()).equals(text(a.responsibleLeader()))) {
            changed.add(LEADER);
        }
        if (!Objects.equals(m.deadline(), a.deadline())) {
            changed.add(DEADLINE);
        }
        if (m.type() != a.type()) {
            changed.add(TYPE);
        }
        return changed;
    }

    /**
     * The fields a change really made, the stored measure against the one before: a new wording
     * also changes the official text's lead ({@link Measure#retitle}), which the audit trail must keep.
     */
    static Set<MeasureField> between(Measure before, Measure after) {
        return changed(
                before,
                after.title(),
                after.body(),
                new MeasureService.Assignment(
                        after.leadOrgId(),
                        after.coUnitIds(),
                        after.responsibleLeader(),
                        after.deadline(),
                        after.type()));
    }

    /** The field's value as a person reads it: units by name, the deadline as a date, the type by its label. */
    public Object value(Measure m, Function<Long, String> unitNames) {
        return switch (this) {
            case TITLE -> m.title();
            case BODY -> m.body();
            case LEAD -> m.leadOrgId() == null ? null : unitNames.apply(m.leadOrgId());
            case CO_UNITS -> m.coUnitIds().stream().map(unitNames).toList();
            case LEADER -> m.responsibleLeader();
            case DEADLINE -> m.deadline() == null ? null : m.deadline().toString();
            case TYPE -> m.type().label();
        };
    }

    /** Units the new assignment names that the measure did not: only those need the editor's reach. */
    static List<Long> addedUnits(Measure m, MeasureService.Assignment a) {
        List<Long> added = new java.util.ArrayList<>();
        if (a.leadOrgId() != null
                && !a.leadOrgId().equals(m.leadOrgId())
                && !m.coUnitIds().contains(a.leadOrgId())) {
            added.add(a.leadOrgId());
        }
        a.coUnitIds().stream()
                .filter(org -> !org.equals(m.leadOrgId()) && !m.coUnitIds().contains(org))
                .forEach(added::add);
        return added;
    }

    private static String text(String s) {
        return s == null ? "" : s.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
