package taizhang.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureFilter;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureSort;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.ledger.MeasureView;
import taizhang.ledger.WarningService;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.shared.CurrentUser;
import taizhang.shared.Cycle;
import taizhang.shared.Timeline;

/**
 * The demo's 月调度 over the four months before the open one, each step on its day: a month's cycle
 * opens on its first day; on the 5th of the next month its reports come in and are reviewed, and on
 * the 11th (the day after its due date) it closes, its snapshot the ledger of that day. The open
 * month's first reports come in from the 12th, so the cycle pages, 我的任务, the missing list and the
 * 季通报 show something real on first start. The demo unit user's organisation reports on the
 * measures it leads (or takes over a few the seed left without a lead unit) and reports through the
 * services (audited as any report). It misses one month for one measure (late at the close), has one
 * report returned and left so, and in the open cycle has reports under review, one returned with its
 * reason and two still owed. Two other lead units' liaisons report on the measures they lead, each
 * in its own way: the first every month, accepted; the second misses the first month and has its
 * last report returned and left so. The remaining units have no demo user, so they owe every month;
 * the year's 考核 then tells them apart.
 */
@Component
public class DemoCycles {

    static final int UNIT_MEASURES = 6;
    /** Closed months before the open one: with the demo's today, June to September 2021. */
    public static final int CLOSED_MONTHS = 4;

    private static final LocalTime OPENED = LocalTime.of(9, 0);
    private static final LocalTime REPORTED = LocalTime.of(10, 0);
    private static final LocalTime REVIEWED = LocalTime.of(16, 0);
    private static final LocalTime CLOSED = LocalTime.of(9, 30);
    private static final int REPORT_DAY = 5;
    private static final int DUE_DAY = 10;
    private static final int OPEN_REPORT_DAY = 12;
    private static final int TITLE_CHARS = 16;
    private static final List<String> STEPS = List.of(
            "召开专题推进会，逐项梳理任务清单，明确责任人和完成时限",
            "完成本月阶段性任务，形成书面报告，佐证材料已归档",
            "开展督促检查，对进度滞后的事项下发提醒函并跟踪办理",
            "对照整改要求开展自查，发现的问题已建立清单限期解决");

    private final CycleService cycles;
    private final CycleReminders reminders;
    private final MeasureService measures;
    private final ProgressService progress;
    private final WarningService warnings;
    private final Timeline timeline;
    private final Clock clock;

    DemoCycles(
            CycleService cycles,
            CycleReminders reminders,
            MeasureService measures,
            ProgressService progress,
            WarningService warnings,
            Timeline timeline,
            Clock clock) {
        this.cycles = cycles;
        this.reminders = reminders;
        this.measures = measures;
        this.progress = progress;
        this.warnings = warnings;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * The month whose cycle is open on {@code today}: this month once its first reports can be in
     * (from the 15th), the last one before.
     */
    public static YearMonth openMonth(LocalDate today) {
        return YearMonth.from(today.minusDays(OPEN_REPORT_DAY + 2L));
    }

    /** The first month the demo's cycles cover; the ledger is imported on the day before it begins. */
    public static YearMonth firstMonth(YearMonth open) {
        return open.minusMonths(CLOSED_MONTHS);
    }

    /**
     * Seeds the cycles up to the open month {@code open}; {@code own} are the demo unit's measures
     * ({@link #takeOver}), {@code punctual} and {@code slipping} (either may be null) liaisons of two
     * other lead units, reporting as the class comment says.
     */
    @Transactional
    public void seed(
            CurrentUser office,
            CurrentUser unit,
            List<Measure> own,
            CurrentUser punctual,
            CurrentUser slipping,
            long campaignId,
            YearMonth open) {
        List<Measure> punctuals = led(punctual, campaignId);
        List<Measure> slippings = led(slipping, campaignId);
        YearMonth first = firstMonth(open);
        timeline.moveTo(first.atDay(1).atTime(OPENED));
        openCycle(office, campaignId, first);
        for (int back = CLOSED_MONTHS; back >= 1; back--) {
            YearMonth month = open.minusMonths(back);
            YearMonth next = month.plusMonths(1);
            String period = label(month);
            timeline.moveTo(next.atDay(1).atTime(OPENED));
            openCycle(office, campaignId, next);
            timeline.moveTo(next.atDay(REPORT_DAY).atTime(REPORTED));
            List<ProgressReport> sent = new ArrayList<>();
            for (int i = 0; i < own.size(); i++) {
                sent.add(back == 2 && i == 1 ? null : file(unit, own.get(i), period));
            }
            List<ProgressReport> punctualSent =
                    punctuals.stream().map(m -> file(punctual, m, period)).toList();
            List<ProgressReport> slippingSent = back < CLOSED_MONTHS
                    ? slippings.stream().map(m -> file(slipping, m, period)).toList()
                    : List.of();
            timeline.moveTo(next.atDay(REPORT_DAY).atTime(REVIEWED));
            for (int i = 0; i < sent.size(); i++) {
                ProgressReport report = sent.get(i);
                if (report == null) {
                    continue;
                }
                if (back == 1 && i == 2) {
                    progress.returnToUnit(office, report.id(), report.version(), "未附整改数据，请补充后重新报送");
                } else {
                    progress.accept(office, report.id(), report.version());
                }
            }
            punctualSent.forEach(r -> progress.accept(office, r.id(), r.version()));
            for (int i = 0; i < slippingSent.size(); i++) {
                ProgressReport report = slippingSent.get(i);
                if (back == 1 && i == 0) {
                    progress.returnToUnit(office, report.id(), report.version(), "数据口径与上月不一致，请核实后重新报送");
                } else {
                    progress.accept(office, report.id(), report.version());
                }
            }
            timeline.moveTo(next.atDay(DUE_DAY + 1).atTime(CLOSED));
            // The snapshot keeps each measure's warning as of the close, not as of the import.
            warnings.recompute(campaignId);
            cycles.close(office, campaignId, period);
        }
        String openPeriod = label(open);
        timeline.moveTo(open.atDay(OPEN_REPORT_DAY).atTime(REPORTED));
        List<ProgressReport> sent = new ArrayList<>();
        for (int i = 0; i < 4 && i < own.size(); i++) {
            sent.add(file(unit, own.get(i), openPeriod));
        }
        if (!sent.isEmpty()) {
            timeline.moveTo(open.atDay(OPEN_REPORT_DAY + 1).atTime(REVIEWED));
            ProgressReport vague = sent.get(0);
            progress.returnToUnit(office, vague.id(), vague.version(), "整改成效表述笼统，请补充具体数据");
        }
        reminders.remind(office, campaignId, openPeriod, RemindTarget.UNIT, unit.organisationId());
    }

    private void openCycle(CurrentUser office, long campaignId, YearMonth month) {
        cycles.open(office, campaignId, label(month), month.plusMonths(1).atDay(DUE_DAY), Set.of(), Set.of());
    }

    private static String label(YearMonth month) {
        return Cycle.month(month.getYear(), month.getMonthValue()).label();
    }

    /**
     * The demo unit's measures: those the demo's assignments gave it, or measures without a lead unit,
     * not finished, which become its own; each with a deadline half a year away where none was given and
     * the work is not 长期坚持 (so a deadline can be extended).
     */
    @Transactional
    public List<Measure> takeOver(CurrentUser office, CurrentUser unit, long campaignId) {
        MeasureFilter filter = new MeasureFilter(
                campaignId,
                null,
                null,
                Set.of(MeasureStatus.NOT_STARTED, MeasureStatus.IN_PROGRESS),
                Set.of(),
                Set.of(),
                null,
                null,
                null);
        return measures.list(office, filter, MeasureSort.parse("id"), 0, 100, false).items().stream()
                .map(MeasureView::measure)
                .filter(m -> m.leadOrgId() == null || m.leadOrgId() == unit.organisationId())
                .limit(UNIT_MEASURES)
                .map(m -> measures.assign(
                        office,
                        m.id(),
                        m.version(),
                        new MeasureService.Assignment(
                                unit.organisationId(),
                                m.coUnitIds(),
                                m.responsibleLeader(),
                                m.deadline() == null && m.type() != MeasureType.CONTINUING
                                        ? YearMonth.now(clock).plusMonths(6).atEndOfMonth()
                                        : m.deadline(),
                                m.type())))
                .toList();
    }

    /** The measures not closed that the liaison's unit leads; none without a liaison. */
    private List<Measure> led(CurrentUser liaison, long campaignId) {
        if (liaison == null) {
            return List.of();
        }
        MeasureFilter filter = new MeasureFilter(
                campaignId,
                null,
                liaison.organisationId(),
                Set.of(
                        MeasureStatus.NOT_STARTED,
                        MeasureStatus.IN_PROGRESS,
                        MeasureStatus.SUBSTANTIALLY_DONE,
                        MeasureStatus.DONE),
                Set.of(),
                Set.of(),
                null,
                null,
                null);
        return measures.list(liaison, filter, MeasureSort.parse("id"), 0, 100, false).items().stream()
                .map(MeasureView::measure)
                .filter(m -> m.leadOrgId() != null && m.leadOrgId() == liaison.organisationId())
                .toList();
    }

    /**
     * A report claiming the status the measure has (work not started is reported as under way), so
     * accepting it moves nothing back. Its text names the measure and one of a few steps, changing
     * with the month, so the notice built from the reports does not say the same thing each time;
     * the period is the notice's to name.
     */
    private ProgressReport file(CurrentUser unit, Measure measure, String period) {
        MeasureStatus claimed =
                measure.status() == MeasureStatus.NOT_STARTED ? MeasureStatus.IN_PROGRESS : measure.status();
        int monthValue = Cycle.parse("period", period).last().getMonthValue();
        String step = STEPS.get((int) ((monthValue + measure.id()) % STEPS.size()));
        // Quotes inside the quoted title become single ones, as 公文 nests them.
        String whole = measure.title().replace('“', '‘').replace('”', '’');
        String title = whole.length() > TITLE_CHARS ? whole.substring(0, TITLE_CHARS) + "…" : whole;
        return progress.create(unit, measure.id(), period, "围绕“" + title + "”，" + step + "。", claimed, List.of(), true);
    }
}
