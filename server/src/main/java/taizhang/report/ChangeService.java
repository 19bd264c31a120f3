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
import taizhang.report.ChangeRepository.Event;
import taizhang.report.LedgerChanges.FigureChange;
import taizhang.report.LedgerChanges.NewMeasure;
import taizhang.report.LedgerChanges.StatusChange;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What changed between two dates. A measure's status change is its net move over the window
 * (from its status before the first event to the status after the last), so a measure that
 * went back and forth to where it started is no change.
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
        Instant start = from.atStartOfDay(clock.getZone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Map<Long, List<Event>> byMeasure = new LinkedHashMap<>();
        changes.events(readable.scope(), start, end)
                .forEach(e -> byMeasure.computeIfAbsent(e.measureId(), k -> new ArrayList<>()).add(e));
        List<StatusChange> moved = new ArrayList<>();
        List<NewMeasure> created = new ArrayList<>();
        byMeasure.forEach((id, events) -> {
            Event first = events.get(0);
            Event last = events.get(events.size() - 1);
            String after = status(last.afterJson());
            if (first.action().equals("measure.create")) {
                created.add(new NewMeasure(id, first.problemNumber(), first.title(), first.lead(), after, first.at()));
                return;
            }
            String before = status(first.beforeJson());
            if (before != null && after != null && !before.equals(after)) {
                moved.add(new StatusChange(id, first.problemNumber(), first.title(), before, after, last.at()));
            }
        });
        List<FigureChange> figures = changes.readings(readable.scope(), start, end).stream()
                .filter(r -> r.previous() == null || r.previous().compareTo(r.value()) != 0)
                .map(r -> new FigureChange(r.measureId(), r.problemNumber(), r.measureTitle(), r.indicator(), r.unit(),
                        r.period(), r.previous(), r.value(), r.at()))
                .toList();
        return new LedgerChanges(campaignId, readable.campaign().name(), from, to, moved, created, figures);
    }

    /** The status label in an audited measure, null when the event does not carry one. */
    private String status(String measureJson) {
        if (measureJson == null) {
            return null;
        }
        JsonNode status = json.readTree(measureJson).get("status");
        return status == null || !status.isString() ? null : MeasureStatus.valueOf(status.asString()).label();
    }
}
