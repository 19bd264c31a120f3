package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What counts as finished, in Java, in SQL and on the pages. */
class FinishedTest {

    @Test
    void finishedIsDoneOrClosedAndSubstantiallyDoneIsNot() {
        assertThat(MeasureStatus.FINISHED).containsExactlyInAnyOrder(MeasureStatus.DONE, MeasureStatus.CLOSED);
        for (MeasureStatus status : MeasureStatus.values()) {
            assertThat(status.isFinished()).as(status.name()).isEqualTo(MeasureStatus.FINISHED.contains(status));
        }
        assertThat(MeasureStatus.SUBSTANTIALLY_DONE.isFinished()).isFalse();
        assertThat(EnumSet.complementOf(EnumSet.copyOf(MeasureStatus.FINISHED))).isEqualTo(Overdue.STATUSES);
    }

    @Test
    void pagesNameTheFinishedStatuses() {
        assertThat(MeasureStatus.finishedLabels()).isEqualTo("已完成和已销号");
    }

    @Test
    void finishedInSqlBindsTheFinishedStatuses() {
        var condition = MeasureStatus.finishedSql("m.status");
        assertThat(condition.sql()).isEqualTo("m.status in (:finished)");
        assertThat(condition.params()).containsEntry("finished", List.of("DONE", "CLOSED"));
        assertThat(condition.asCount()).isEqualTo("case when m.status in (:finished) then 1 else 0 end");
    }
}
