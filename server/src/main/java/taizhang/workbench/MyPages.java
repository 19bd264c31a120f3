package taizhang.workbench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.cycle.CycleService;
import taizhang.cycle.OpenCycle;
import taizhang.evidence.EvidenceService;
import taizhang.indicator.Indicator;
import taizhang.indicator.IndicatorService;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureFilter;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureSort;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureView;
import taizhang.ledger.Overdue;
import taizhang.ledger.SignService;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.progress.ReportStatus;
import taizhang.shared.CurrentUser;
import taizhang.shared.Cycle;
import taizhang.shared.PageResult;
import taizhang.workbench.MyPage.Card;
import taizhang.workbench.MyPage.FigureField;

/**
 * Builds a unit's 我的任务 page: the open cycles it reports in and the office's reminders, then its
 * unclosed measures, soonest deadline first, each with the report its form works on.
 */
@Service
class MyPages {

    static final int PAGE_SIZE = 20;
    private static final Set<MeasureStatus> OPEN = EnumSet.of(
            MeasureStatus.NOT_STARTED, MeasureStatus.IN_PROGRESS, MeasureStatus.SUBSTANTIALLY_DONE, MeasureStatus.DONE);

    private final MeasureService measures;
    private final ProgressService reports;
    private final IndicatorService indicators;
    private final CycleService cycles;
    private final SignService signs;
    private final MyCardParts parts;
    private final Clock clock;

    MyPages(
            MeasureService measures,
            ProgressService reports,
            IndicatorService indicators,
            CycleService cycles,
            SignService signs,
            MyCardParts parts,
            Clock clock) {
        this.measures = measures;
        this.cycles = cycles;
        this.signs = signs;
        this.reports = reports;
        this.indicators = indicators;
        this.parts = parts;
        this.clock = clock;
    }

    /** The reporting period now: the month, as the monthly dispatch (月调度) works. */
    String period() {
        return YearMonth.now(clock).toString();
    }

    @Transactional(readOnly = true)
    MyPage page(CurrentUser user, int page) {
        MeasureFilter mine =
                new MeasureFilter(null, null, user.organisationId(), OPEN, Set.of(), Set.of(), null, null, null);
        PageResult<MeasureView> result =
                measures.list(user, mine, MeasureSort.parse("deadline"), page, PAGE_SIZE, false);
        String month = period();
        List<OpenCycle> open = cycles.openFor(user);
        List<Long> listed = result.items().stream().map(v -> v.measure().id()).toList();
        Map<Long, List<ProgressReport>> reported = reports.forListedMeasures(listed);
        Map<Long, List<Indicator>> tracked = indicators.forListedMeasures(listed);
        Map<Long, String> last = parts.lastAccepted(tracked);
        List<Card> cards = result.items().stream()
                .map(v -> card(
                        v,
                        filingPeriod(
                                v.measure(),
                                month,
                                open,
                                user.organisationId(),
                                reported.getOrDefault(v.measure().id(), List.of())),
                        user.organisationId(),
                        reported.getOrDefault(v.measure().id(), List.of()),
                        tracked.getOrDefault(v.measure().id(), List.of()),
                        last))
                .toList();
        return new MyPage(
                month,
                open,
                cycles.reminders(user, 3),
                cards,
                result.page(),
                result.hasNext(),
                null,
                EvidenceService.ACCEPT,
                signs.awaiting(user));
    }

    /**
     * The period the measure's form files for: the earliest open cycle asking for it (the November
     * cycle still open on 3 December) whose period has begun and whose report the unit has not yet
     * submitted; otherwise the current month.
     */
    private String filingPeriod(
            Measure m, String month, List<OpenCycle> open, long unit, List<ProgressReport> history) {
        LocalDate today = LocalDate.now(clock);
        return open.stream()
                .filter(c -> c.asks(m.campaignId(), m.id()))
                .map(c -> Cycle.parse("period", c.period()))
                .filter(p -> !p.first().isAfter(today))
                .sorted()
                .map(Cycle::label)
                .filter(p -> history.stream()
                        .noneMatch(r -> r.organisationId() == unit && r.period().equals(p) && settled(r)))
                .findFirst()
                .orElse(month);
    }

    private static boolean settled(ProgressReport r) {
        return r.status() == ReportStatus.SUBMITTED || r.status() == ReportStatus.ACCEPTED;
    }

    /**
     * The measure's card; {@code history} is its reports, newest first, {@code tracked} its indicators.
     * The form works on the unit's own report only (a co-unit's is not its to write). Without one for
     * the period, a report of the unit's that was returned and not submitted again stays on the card,
     * with its reason, until the unit submits it.
     */
    private Card card(
            MeasureView view,
            String period,
            long unit,
            List<ProgressReport> history,
            List<Indicator> tracked,
            Map<Long, String> last) {
        Measure m = view.measure();
        ProgressReport current = history.stream()
                .filter(r -> r.organisationId() == unit && r.period().equals(period))
                .findFirst()
                .or(() -> history.stream()
                        .filter(r -> r.organisationId() == unit && r.status() == ReportStatus.RETURNED)
                        .filter(r -> !reports.locked(m, r.period()))
                        .findFirst())
                .orElse(null);
        Map<Long, String> entered = current == null
                ? Map.of()
                : current.figures().stream()
                        .collect(Collectors.toMap(
                                ProgressReport.Figure::indicatorId,
                                f -> f.value().toPlainString()));
        List<FigureField> figures = tracked.stream()
                .map(i -> new FigureField(
                        i.id(),
                        i.name(),
                        i.unit(),
                        i.target() == null ? null : MyCardParts.plain(i.target()),
                        last.get(i.id()),
                        entered.get(i.id())))
                .toList();
        String shown = current == null ? period : current.period();
        boolean overdue = Overdue.is(m.status(), m.deadline(), Overdue.today(clock));
        return new Card(
                m.id(),
                view.problemNumber() + "-" + m.ordinal(),
                m.title(),
                m.body(),
                m.deadline() == null ? "无" : m.deadline().toString(),
                overdue,
                m.status(),
                m.warning().name(),
                m.warning().label(),
                shown,
                reports.locked(m, shown),
                current == null ? null : MyCardParts.current(current),
                figures,
                history.stream()
                        .filter(r -> r.organisationId() == unit)
                        .map(r -> MyCardParts.filed(r, clock.getZone()))
                        .toList());
    }
}
