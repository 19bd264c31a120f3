package taizhang.workbench;

import java.util.List;
import taizhang.cycle.OpenCycle;
import taizhang.cycle.Reminder;
import taizhang.ledger.Awaiting;
import taizhang.ledger.MeasureStatus;

/**
 * 我的任务: the open cycles (调度周期) the unit reports in, the office's latest reminders, the
 * assignments awaiting its 签收, and the measures it must report on, each with its form.
 */
public record MyPage(
        String period,
        List<OpenCycle> cycles,
        List<Reminder> reminders,
        List<Card> cards,
        int page,
        boolean hasNext,
        String message,
        String accept,
        List<Awaiting> toSign) {

    /**
     * One measure and the report the form works on: this period's, or a returned one not yet
     * submitted again. {@code period} is the period the form files for: an open cycle's that the
     * unit still owes, else the current one; {@code locked} when the office has closed that period's
     * cycle over the measure.
     */
    public record Card(
            long measureId,
            String code,
            String title,
            String body,
            String deadline,
            boolean overdue,
            MeasureStatus status,
            String warning,
            String warningLabel,
            String period,
            boolean locked,
            Current current,
            List<FigureField> figures,
            List<Filed> history) {

        /** True while the unit may still write: no report yet, a draft, or one sent back, in an unlocked period. */
        public boolean editable() {
            return !locked && (current == null || current.editable());
        }
    }

    /** The report the card shows, if any. */
    public record Current(
            long id,
            String period,
            int version,
            String status,
            boolean editable,
            String body,
            MeasureStatus claimed,
            String returnReason) {}

    /**
     * An indicator's input: its name (the label) and unit (beside the field), its target, its last
     * accepted value ({@code last}, with the period it is for, or null) and the value already entered.
     */
    public record FigureField(long indicatorId, String name, String unit, String target, String last, String value) {}

    /** One of the unit's own reports on the measure, newest first: the history the card shows. */
    public record Filed(
            String period, String status, String claimed, String submittedAt, String body, String returnReason) {}

    public List<MeasureStatus> claimable() {
        return List.of(MeasureStatus.IN_PROGRESS, MeasureStatus.SUBSTANTIALLY_DONE, MeasureStatus.DONE);
    }

    public MyPage withMessage(String text) {
        return new MyPage(period, cycles, reminders, cards, page, hasNext, text, accept, toSign);
    }
}
