package taizhang.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import taizhang.shared.SqlCondition;

/**
 * A campaign's reporting cycle (调度周期) as the warning rules count it: missed by a measure that
 * owed it a report and was silent when its due date came. A measure owes a cycle when the cycle's
 * obligations hold it (the measures it required at the opening, completed at the close) and its
 * report for the period is not in (an obligation's progress: submitted or accepted settles it, at
 * any time before the close, so a report accepted days before the due date is no missed cycle);
 * while the cycle is open, a measure created since the opening (id above {@code lastMeasureId})
 * owes it too unless the office excluded it.
 *
 * @param id the cycle's id
 * @param dueDate the day reports are due
 * @param open whether the cycle is open
 * @param lastMeasureId the highest measure id its obligations held when it opened
 * @param owed whether the measure being judged owed it; a campaign's own rules take every cycle as owed
 */
public record DueCycle(long id, LocalDate dueDate, boolean open, long lastMeasureId, boolean owed) {

    public DueCycle withOwed(boolean owes) {
        return new DueCycle(id, dueDate, open, lastMeasureId, owes);
    }

    /** Whether a measure silent since {@code quietSince} had not been heard from when the due day began. */
    boolean missedBy(Instant quietSince, ZoneId zone) {
        return owed && !quietSince.isAfter(dueStart(zone));
    }

    Instant dueStart(ZoneId zone) {
        return dueDate.atStartOfDay(zone).toInstant();
    }

    /**
     * Whether measure {@code m} owed this cycle a report it has not given, in SQL over the cycle
     * feature's published views; {@code name} prefixes the parameters it binds.
     */
    SqlCondition owedSql(String name) {
        String owedByObligation = "exists (select 1 from cycle_obligation_view o where o.cycle_id = :" + name
                + "Cycle and o.measure_id = m.id and o.progress < 2)";
        if (!open) {
            return new SqlCondition(owedByObligation, Map.of(name + "Cycle", id));
        }
        return new SqlCondition(
                "(" + owedByObligation + " or (m.id > :" + name + "After"
                        + " and not exists (select 1 from cycle_exclusion_view e where e.cycle_id = :" + name
                        + "Cycle and e.measure_id = m.id)))",
                Map.of(name + "Cycle", id, name + "After", lastMeasureId));
    }
}
