package taizhang.ledger;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The warning rules as they apply to one campaign: the thresholds its office set, and the due
 * dates of its reporting cycles (调度周期), by which missed reports are counted. A campaign that
 * runs no cycles counts each {@value #DAYS_PER_CYCLE} days of silence as a missed monthly cycle.
 */
public record WarningRules(WarningSettings settings, List<LocalDate> cycleDueDates) {

    /** The default settings, without cycles. */
    public static final WarningRules DEFAULT = new WarningRules(WarningSettings.DEFAULT, List.of());

    static final int DAYS_PER_CYCLE = 30;

    public WarningRules {
        cycleDueDates = cycleDueDates.stream().sorted().distinct().toList();
    }

    public WarningRules withSettings(WarningSettings other) {
        return new WarningRules(other, cycleDueDates);
    }

    /**
     * The latest moment a measure can have last been heard from (an accepted report, or entering
     * the ledger) and have missed {@code cycles} reporting cycles as of {@code now}: a cycle is
     * missed when its due date has passed and the measure was silent since before that day began.
     * Empty when fewer cycles than that have passed.
     */
    public Optional<Instant> silentSince(int cycles, Instant now, ZoneId zone) {
        if (cycleDueDates.isEmpty()) {
            return Optional.of(now.minus(Duration.ofDays((long) DAYS_PER_CYCLE * cycles)));
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<LocalDate> passed =
                cycleDueDates.stream().filter(d -> d.isBefore(today)).toList();
        if (passed.size() < cycles) {
            return Optional.empty();
        }
        return Optional.of(passed.get(passed.size() - cycles).atStartOfDay(zone).toInstant());
    }

    /** The day {@link Overdue} is judged as of for a red warning: the grace days pushed back from today. */
    public LocalDate overdueRedAsOf(LocalDate today) {
        return today.minusDays(settings.overdueGraceDays());
    }

    /** The latest deadline that is due soon today. */
    /** An assignment made at or before this instant and still unsigned turns the measure yellow. */
    public Instant unsignedBy(Instant now) {
        return now.minus(Duration.ofDays(settings.unsignedDays()));
    }

    public LocalDate dueSoonBy(LocalDate today) {
        return today.plusDays(settings.dueSoonDays());
    }
}
