package taizhang.workbench;

import java.util.List;
import taizhang.ledger.MeasureStatus;

/** 我的任务: the measures a unit must report on in the current period, each with its form. */
public record MyPage(String period, List<Card> cards, int page, boolean hasNext, String message, String accept) {

    /** One measure and the state of this period's report. */
    public record Card(long measureId, String code, String title, String deadline, boolean overdue,
            MeasureStatus status, String warning, String warningLabel, Current current, List<FigureField> figures) {

        /** True while the unit may still write: no report yet, a draft, or one sent back. */
        public boolean editable() {
            return current == null || current.editable();
        }
    }

    /** This period's report, if any. */
    public record Current(long id, int version, String status, boolean editable, String body,
            MeasureStatus claimed, String returnReason) {
    }

    /** An indicator's input: name, unit and the value already entered. */
    public record FigureField(long indicatorId, String name, String unit, String target, String value) {
    }

    public List<MeasureStatus> claimable() {
        return List.of(MeasureStatus.IN_PROGRESS, MeasureStatus.SUBSTANTIALLY_DONE, MeasureStatus.DONE);
    }

    public MyPage withMessage(String text) {
        return new MyPage(period, cards, page, hasNext, text, accept);
    }
}
