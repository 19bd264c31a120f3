package taizhang.cycle;

import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import taizhang.shared.Cycle;

/** The periods a report "as of a cycle" can be asked for: closed cycles and the quarters they fall in. */
final class ClosedChoices {

    private ClosedChoices() {}

    static List<Cycle> of(List<ReportingCycle> cycles) {
        TreeSet<Cycle> choices = new TreeSet<>(Comparator.<Cycle>reverseOrder());
        for (ReportingCycle c : cycles) {
            if (!c.isOpen()) {
                choices.add(c.period());
                choices.add(quarterOf(c.period()));
            }
        }
        return List.copyOf(choices);
    }

    static Cycle quarterOf(Cycle period) {
        return period.kind() == Cycle.Kind.MONTH ? Cycle.quarter(period.year(), (period.number() + 2) / 3) : period;
    }
}
