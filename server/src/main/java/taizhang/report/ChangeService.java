package taizhang.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.ledger.MeasureStatus;
import taizhang.report.ChangeRepository.AcceptedRow;
import taizhang.report.ChangeRepository.Event;
import taizhang.report.LedgerChanges.AcceptedReport;
import taizhang.report.LedgerChanges.FigureChange;
import taizhang.report.LedgerChanges.NewMeasure;
import taizhang.report.LedgerChanges.StatusChange;
import taizhang.shared.CurrentUser;
import taizhang.shared.Cycle;
import taizhang.shared.InvalidRequestException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What changed between two dates or two cycles. A measure's status change is its net move over
 * the window (from its status before the first event to the status after the last), so a
 * measure that went back and forth to where it started is no change. A measure is new when it was
 * added to the ledger in the window; the measures the campaign's founding import wrote are its
 * baseline, never new (the seed's 82 measures are what later months are compared with).
 */
@Service
public class ChangeService {

    private final ChangeRepository changes;
    private final ReportAccess access;
    private final JsonMapper json;
    private final Clock clock;

    ChangeService(ChangeRepository changes, ReportAccess access, JsonMapper json, Clock clock) {
        this.changes = changes;
        this.access = access;
        this.json = json;
        this.clock = clock;
    }

    /** From the start of {@code from} to the end of {@code to}, in the server's zone. */
    @Transactional(readOnly = true)
    public LedgerChanges between(CurrentUser user, long campaignId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidRequestException("to", "请给出起止日期，且截止日期不早于开始日期");
        }
        ReportAccess.Readable readable = access.readable(user, campaignId);
        Instant start = startOf(from);
        Instant end = startOf(to.plusDays(1));
        List<FigureChange> figures = changes.readings(readable.scope(), start, end).stream()
                .filter(r -> r.previous() == null || r.previous().compareTo(r.value()) != 0)
                .map(r -> new FigureChange(
                        r.measureId(),
                        r.problemNumber(),
                        r.measureTitle(),
                        r.indicator(),
                        r.unit(),
                        r.period(),
                        null,
                        r.previous(),
                        r.value(),
                        r.at()))
                .toList();
        return changes(readable, from, to, null, null, figures, changes.acceptedIn(readable.scope(), start, end));
    }

    /**
     * From the end of cycle {@code from} to the end of the later cycle {@code to}: status moves
     * and new measures in that window, the figures given for {@code to} against those that stood
     * at the end of {@code from}, and the reports accepted for {@code to}. Both cycles must be
     * ones the campaign has reports or readings for.
     */
    @Transactional(readOnly = true)
    public LedgerChanges betweenCycles(CurrentUser user, long campaignId, String from, String to) {
        Cycle earlier = Cycle.parse("from", from);
        Cycle later = Cycle.parse("to", to);
        if (!earlier.last().isBefore(later.last())) {
            throw new InvalidRequestException("from", "起始周期应早于截止周期，收到：" + earlier.chinese() + "、" + later.chinese());
        }
        ReportAccess.Readable readable = access.readable(user, campaignId);
        List<Cycle> known = cycles(readable.scope());
        requireKnown(known, "from", earlier);
        requireKnown(known, "to", later);
        List<FigureChange> figures = ChangeFigures.betweenCycles(
                changes.readingsOfIndicatorsReportedFor(readable.scope(), later.label()), earlier, later);
        return changes(
                readable,
                earlier.last().plusDays(1),
                later.last(),
                earlier.label(),
                later.label(),
                figures,
                changes.acceptedFor(readable.scope(), later.label()));
    }

    /** The cycles the campaign's reports and readings that the user may see are for, earliest first. */
    @Transactional(readOnly = true)
    public List<Cycle> cycles(CurrentUser user, long campaignId) {
        return cycles(access.readable(user, campaignId).scope());
    }

    private List<Cycle> cycles(ReportScope scope) {
        return changes.periods(scope).stream()
                .flatMap(p -> Cycle.tryParse(p).stream())
                .sorted()
                .toList();
    }

    private static void requireKnown(List<Cycle> known, String field, Cycle cycle) {
        if (!known.contains(cycle)) {
            throw new InvalidRequestException(field, "该整改任务没有" + cycle.chinese() + "（" + cycle.label() + "）的进展报告或数据");
        }
    }

    private LedgerChanges changes(
            ReportAccess.Readable readable,
            LocalDate from,
            LocalDate to,
            String fromCycle,
            String toCycle,
            List<FigureChange> figures,
            List<AcceptedRow> accepted) {
        Map<Long, List<Event>> byMeasure = new LinkedHashMap<>();
        changes.events(readable.scope(), startOf(from), startOf(to.plusDays(1)))
                .forEach(e -> byMeasure
                        .computeIfAbsent(e.measureId(), k -> new ArrayList<>())
                        .add(e));
        List<StatusChange> moved = new ArrayList<>();
        List<NewMeasure> created = new ArrayList<>();
        long baseline = changes.baselineThrough(readable.campaign().id());
        byMeasure.forEach((id, events) -> {
            Event first = events.get(0);
            Event last = events.get(events.size() - 1);
            String after = status(last.afterJson());
            if (first.action().equals("measure.create")) {
                // The ledger the campaign's import founded is where the changes start from, not news.
                if (id > baseline) {
                    created.add(
                            new NewMeasure(id, first.problemNumber(), first.title(), first.lead(), after, first.at()));
                }
                return;
            }
            String before = status(first.beforeJson());
            if (before != null && after != null && !before.equals(after)) {
                moved.add(new StatusChange(id, first.problemNumber(), first.title(), before, after, last.at()));
            }
        });
        List<AcceptedReport> reports = accepted.stream()
                .map(r -> new AcceptedReport(
                        r.reportId(),
                        r.measureId(),
                        r.problemNumber(),
                        r.measureTitle(),
                        r.unit(),
                        r.period(),
                        MeasureStatus.valueOf(r.claimedStatus()).label(),
                        r.body(),
                        r.reviewedAt()))
                .toList();
        return new LedgerChanges(
                readable.campaign().id(),
                readable.campaign().name(),
                from,
                to,
                fromCycle,
                toCycle,
                moved,
                created,
                figures,
                reports);
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    /** The status label in an audited measure, null when the event does not carry one. */
    private String status(String measureJson) {
        if (measureJson == null) {
            return null;
        }
        JsonNode status = json.readTree(measureJson).get("status");
        return status == null || !status.isString()
                ? null
                : MeasureStatus.valueOf(status.asString()).label();
    }
}
