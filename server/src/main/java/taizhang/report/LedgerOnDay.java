package taizhang.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import taizhang.shared.CurrentUser;

/**
 * The ledger of a past day ({@link AsOfLedger}) for the reports and for other features: the notice's
 * 存在问题 names the measures overdue that day, not those overdue now.
 */
@Service
public class LedgerOnDay {

    /** A measure overdue on a day: its title and lead unit as they were then (unit null when none). */
    public record OverdueThen(long measureId, String title, String lead) {}

    private final ReportRepository reports;
    private final ReportAccess access;
    private final tools.jackson.databind.json.JsonMapper json;
    private final Clock clock;

    LedgerOnDay(
            ReportRepository reports, ReportAccess access, tools.jackson.databind.json.JsonMapper json, Clock clock) {
        this.reports = reports;
        this.access = access;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The measures overdue when {@code day} ended, by their status and deadline then, at most
     * {@code limit}, in ledger order; those the office marked internal are never named.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<OverdueThen> overdue(CurrentUser user, long campaignId, LocalDate day, int limit) {
        List<MeasureThen> overdue = of(access.readable(user, campaignId), day).overdue(day);
        Set<Long> internal =
                reports.internal(overdue.stream().map(MeasureThen::id).toList());
        List<MeasureThen> named = overdue.stream()
                .filter(m -> !internal.contains(m.id()))
                .limit(limit)
                .toList();
        Map<Long, String> units = reports.unitNames(
                named.stream().map(MeasureThen::lead).filter(Objects::nonNull).toList());
        return named.stream()
                .map(m -> new OverdueThen(
                        m.id(),
                        m.title(),
                        m.lead() == null ? m.leadName() : units.getOrDefault(m.lead(), m.leadName())))
                .toList();
    }

    /** The reader's ledger as it stood when {@code day} ended (at the start of the next day, server time). */
    AsOfLedger of(ReportAccess.Readable readable, LocalDate day) {
        Instant cutOff = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return new AsOfLedger(reports, readable.scope(), cutOff, json);
    }
}
