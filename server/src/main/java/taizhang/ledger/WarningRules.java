package taizhang.ledger;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import taizhang.shared.Jdbc;
import taizhang.shared.SqlCondition;

/**
 * The warning rules as they apply to one campaign: the thresholds its office set, and its
 * reporting cycles (调度周期), by which missed reports are counted. A measure misses only the
 * cycles it owed ({@link DueCycle}): one the office excluded from a cycle (a 长期坚持 measure
 * reported quarterly, say) has not missed it. A campaign that runs no cycles counts each
 * {@value #DAYS_PER_CYCLE} days of silence as a missed monthly cycle.
 */
public record WarningRules(WarningSettings settings, List<DueCycle> cycles) {

    /** The default settings, without cycles. */
    public static final WarningRules DEFAULT = new WarningRules(WarningSettings.DEFAULT, List.of());

    static final int DAYS_PER_CYCLE = 30;

    public WarningRules {
        cycles = cycles.stream()
                .sorted(Comparator.comparing(DueCycle::dueDate).thenComparing(DueCycle::id))
                .toList();
    }

    public WarningRules withSettings(WarningSettings other) {
        return new WarningRules(other, cycles);
    }

    /** The rules for one measure: of the campaign's cycles, it owed those in {@code owedCycleIds}. */
    public WarningRules owedBy(Set<Long> owedCycleIds) {
        return new WarningRules(
                settings,
                cycles.stream()
                        .map(c -> c.withOwed(owedCycleIds.contains(c.id())))
                        .toList());
    }

    /** The days the campaign's cycles are due, in order, without repeats: when a plan's progress is confirmed. */
    public List<LocalDate> cycleDueDates() {
        return cycles.stream().map(DueCycle::dueDate).distinct().toList();
    }

    /** The cycles due before today, latest first. */
    List<DueCycle> passed(Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return cycles.stream()
                .filter(c -> c.dueDate().isBefore(today))
                .sorted(Comparator.comparing(DueCycle::dueDate).reversed())
                .toList();
    }

    /**
     * Whether a measure last heard from at {@code quietSince} (an accepted report, or entering the
     * ledger) has missed {@code count} reporting cycles as of {@code now}: a cycle is missed when the
     * measure owed it, its due date has passed, and the measure was silent since before that day began.
     */
    public boolean missed(int count, Instant quietSince, Instant now, ZoneId zone) {
        if (quietSince == null) {
            return false;
        }
        if (cycles.isEmpty()) {
            return !quietSince.isAfter(silentSince(count, now, zone).orElseThrow());
        }
        return passed(now, zone).stream()
                        .filter(c -> c.missedBy(quietSince, zone))
                        .count()
                >= count;
    }

    /**
     * The latest moment a measure owing every cycle can have last been heard from and have missed
     * {@code count} cycles as of {@code now}: no measure heard from later has missed that many.
     * Empty when fewer cycles than that have passed.
     */
    public Optional<Instant> silentSince(int count, Instant now, ZoneId zone) {
        if (cycles.isEmpty()) {
            return Optional.of(now.minus(Duration.ofDays((long) DAYS_PER_CYCLE * count)));
        }
        List<DueCycle> passed = passed(now, zone);
        return passed.size() < count
                ? Optional.empty()
                : Optional.of(passed.get(count - 1).dueStart(zone));
    }

    /**
     * {@link #missed} in SQL over a measure aliased {@code m}, or empty when no measure can have
     * missed that many. The cycles are counted only for measures silent since the campaign's bound
     * ({@link #silentSince}), so measures heard from lately cost no look-up of what they owed.
     */
    Optional<SqlCondition> missedSql(int count, String name, Instant now, ZoneId zone) {
        Optional<Instant> bound = silentSince(count, now, zone);
        if (bound.isEmpty()) {
            return Optional.empty();
        }
        String quiet = "coalesce(m.last_accepted_at, m.created_at)";
        Map<String, Object> params = new HashMap<>();
        params.put(name, Jdbc.utc(bound.get()));
        if (cycles.isEmpty()) {
            return Optional.of(new SqlCondition(quiet + " <= :" + name, params));
        }
        String owedAndMissed = owedAndMissed(quiet, name, now, zone, params);
        params.put(name + "Count", count);
        return Optional.of(new SqlCondition(
                "(case when " + quiet + " <= :" + name + " then " + owedAndMissed + " else 0 end) >= :" + name
                        + "Count",
                params));
    }

    /** The count of passed cycles the measure owed and was silent at: one term per cycle, its look-up made only when silent. */
    private String owedAndMissed(String quiet, String name, Instant now, ZoneId zone, Map<String, Object> params) {
        StringBuilder sum = new StringBuilder();
        List<DueCycle> passed = passed(now, zone);
        for (int i = 0; i < passed.size(); i++) {
            String cycle = name + i;
            SqlCondition owed = passed.get(i).owedSql(cycle);
            params.putAll(owed.params());
            params.put(cycle + "Due", Jdbc.utc(passed.get(i).dueStart(zone)));
            sum.append(i == 0 ? "" : " + ")
                    .append("case when ")
                    .append(quiet)
                    .append(" <= :")
                    .append(cycle)
                    .append("Due then (")
                    .append(owed.asCount())
                    .append(") else 0 end");
        }
        return sum.toString();
    }

    /** The day {@link Overdue} is judged as of for a red warning: the grace days pushed back from today. */
    public LocalDate overdueRedAsOf(LocalDate today) {
        return today.minusDays(settings.overdueGraceDays());
    }

    /** An assignment made at or before this instant and still unsigned turns the measure yellow. */
    public Instant unsignedBy(Instant now) {
        return now.minus(Duration.ofDays(settings.unsignedDays()));
    }

    /** The latest deadline that is due soon today. */
    public LocalDate dueSoonBy(LocalDate today) {
        return today.plusDays(settings.dueSoonDays());
    }
}
