package taizhang.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Published when a measure is given to a unit that did not carry it before: a new lead
 * ({@code newLead}, else null) or new co-units, in the transaction that assigns it.
 */
public record MeasureAssigned(Measure measure, Long newLead, List<Long> newCoUnits) {

    public MeasureAssigned {
        newCoUnits = List.copyOf(newCoUnits);
    }

    /** The units {@code after} gives the measure that {@code before} (null for a new measure) did not; empty if none. */
    static Optional<MeasureAssigned> between(Measure before, Measure after) {
        Long lead =
                after.leadOrgId() != null && (before == null || !Objects.equals(before.leadOrgId(), after.leadOrgId()))
                        ? after.leadOrgId()
                        : null;
        List<Long> coUnits = new ArrayList<>();
        for (Long unit : after.coUnitIds()) {
            boolean carriedBefore =
                    before != null && (before.coUnitIds().contains(unit) || Objects.equals(before.leadOrgId(), unit));
            if (!carriedBefore && !unit.equals(after.leadOrgId())) {
                coUnits.add(unit);
            }
        }
        return lead == null && coUnits.isEmpty()
                ? Optional.empty()
                : Optional.of(new MeasureAssigned(after, lead, coUnits));
    }
}
