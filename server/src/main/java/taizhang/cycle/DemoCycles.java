package taizhang.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
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
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.shared.CurrentUser;
import taizhang.shared.Cycle;

/**
 * The demo's 月调度, dated from today: the three months before last closed, last month's cycle open
 * and due in five days, so the cycle pages, 我的任务, the missing list and the 季通报 show something
 * real on first start. The demo unit user's organisation reports on the measures it leads (or takes
 * over a few the seed left without a lead unit) and reports through the services (audited as any report). It misses one month
 * for one measure (late at the close), has one report returned and left so, and in the open cycle
 * has reports under review, one returned with its reason and two still owed. Two other lead units'
 * liaisons report on the measures they lead, each in its own way: the first every month, accepted;
 * the second misses the first month and has its last report returned and left so. The remaining
 * units have no demo user, so they owe every month; the year's 考核 then tells them apart.
 */
@Component
public class DemoCycles {

    static final int UNIT_MEASURES = 6;
    private static final int CLOSED_MONTHS = 3;

    private final CycleService cycles;
    private final CycleReminders reminders;
    private final MeasureService measures;
    private final ProgressService progress;
    private final Clock clock;

    DemoCycles(
            CycleService cycles,
            CycleReminders reminders,
            MeasureService measures,
            ProgressService progress,
            Clock clock) {
        this.cycles = cycles;
        this.reminders = reminders;
        this.measures = measures;
        this.progress = progress;
        this.clock = clock;
    }

    /**
     * Seeds the cycles; {@code punctual} and {@code slipping} (either may be null) are liaisons of
     * two other lead units, reporting as the class comment says.
     */
    @Transactional
    public void seed(
            CurrentUser office, CurrentUser unit, CurrentUser punctual, CurrentUser slipping, long campaignId) {
        List<Measure> own = takeOver(office, unit, campaignId);
        List<Measure> punctuals = led(punctual, campaignId);
        List<Measure> slippings = led(slipping, campaignId);
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        for (int back = CLOSED_MONTHS; back >= 1; back--) {
            YearMonth month = lastMonth.minusMonths(back);
            String period = Cycle.month(month.getYear(), month.getMonthValue()).label();
            cycles.open(office, campaignId, period, month.plusMonths(1).atDay(10), Set.of(), Set.of());
            for (int i = 0; i < own.size(); i++) {
                if (back == 2 && i == 1) {
                    continue;
                }
                ProgressReport sent = file(unit, own.get(i), period, month.getMonthValue() + "月");
                if (back == 1 && i == 2) {
                    progress.returnToUnit(office, sent.id(), sent.version(), "未附整改数据，请补充后重新报送");
                } else {
                    progress.accept(office, sent.id(), sent.version());
                }
            }
            for (Measure m : punctuals) {
                ProgressReport sent = file(punctual, m, period, month.getMonthValue() + "月");
                progress.accept(office, sent.id(), sent.version());
            }
            if (back < CLOSED_MONTHS) {
                slip(office, slipping, slippings, period, month.getMonthValue() + "月", back == 1);
            }
            cycles.close(office, campaignId, period);
        }
        String open =
                Cycle.month(lastMonth.getYear(), lastMonth.getMonthValue()).label();
        cycles.open(office, campaignId, open, LocalDate.now(clock).plusDays(5), Set.of(), Set.of());
        for (int i = 0; i < 4 && i < own.size(); i++) {
            ProgressReport sent = file(unit, own.get(i), open, lastMonth.getMonthValue() + "月");
            if (i == 0) {
                progress.returnToUnit(office, sent.id(), sent.version(), "整改成效表述笼统，请补充具体数据");
            }
        }
        reminders.remind(office, campaignId, open, RemindTarget.UNIT, unit.organisationId());
    }

    /**
     * The demo unit's measures: those the demo's assignments gave it, or measures without a lead unit,
     * not finished, which become its own; each with a deadline a quarter away where none was given and
     * the work is not 长期坚持 (so a deadline can be extended).
     */
    private List<Measure> takeOver(CurrentUser office, CurrentUser unit, long campaignId) {
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
                                        ? YearMonth.now(clock).plusMonths(3).atEndOfMonth()
                                        : m.deadline(),
                                m.type())))
                .toList();
    }

    /** The slipping liaison's reports for a month it did not miss; in the last month its first one is returned. */
    private void slip(
            CurrentUser office, CurrentUser slipping, List<Measure> led, String period, String month, boolean last) {
        for (int i = 0; i < led.size(); i++) {
            ProgressReport sent = file(slipping, led.get(i), period, month);
            if (last && i == 0) {
                progress.returnToUnit(office, sent.id(), sent.version(), "数据口径与上月不一致，请核实后重新报送");
            } else {
                progress.accept(office, sent.id(), sent.version());
            }
        }
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

    /** A report claiming the status the measure has (work not started is reported as under way), so accepting it moves nothing back. */
    private ProgressReport file(CurrentUser unit, Measure measure, String period, String month) {
        MeasureStatus claimed =
                measure.status() == MeasureStatus.NOT_STARTED ? MeasureStatus.IN_PROGRESS : measure.status();
        return progress.create(
                unit, measure.id(), period, month + "，已对照整改要求逐项推进，完成阶段性任务，下一步将持续跟踪落实。", claimed, List.of(), true);
    }
}
