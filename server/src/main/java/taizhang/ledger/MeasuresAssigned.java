package taizhang.ledger;

import java.util.Map;
import java.util.TreeMap;

/**
 * Published once by an import or a bulk assignment that gave measures to units: per unit, how many
 * it now leads and how many it helps with. One notice per unit tells it, where an import of
 * thousands of lines would otherwise send thousands.
 *
 * @param batch names this import or assignment, so the notices of one are told apart
 */
public record MeasuresAssigned(long campaignId, String batch, Map<Long, Count> units) {

    /** How many measures a unit was given: to lead and to help with (配合). */
    public record Count(int lead, int coUnit) {

        Count plus(boolean asLead) {
            return asLead ? new Count(lead + 1, coUnit) : new Count(lead, coUnit + 1);
        }
    }

    public MeasuresAssigned {
        units = Map.copyOf(units);
    }

    /** Collects the units' counts as the batch assigns measures. */
    static final class Tally {

        private final Map<Long, Count> units = new TreeMap<>();

        void add(MeasureAssigned assigned) {
            if (assigned.newLead() != null) {
                add(assigned.newLead(), true);
            }
            assigned.newCoUnits().forEach(unit -> add(unit, false));
        }

        private void add(long unit, boolean lead) {
            units.merge(unit, new Count(0, 0).plus(lead), (a, b) -> a.plus(lead));
        }

        boolean isEmpty() {
            return units.isEmpty();
        }

        MeasuresAssigned event(long campaignId, String batch) {
            return new MeasuresAssigned(campaignId, batch, units);
        }
    }
}
