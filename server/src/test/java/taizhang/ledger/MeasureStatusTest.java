package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static taizhang.ledger.MeasureStatus.CLOSED;
import static taizhang.ledger.MeasureStatus.DONE;
import static taizhang.ledger.MeasureStatus.NOT_STARTED;
import static taizhang.ledger.MeasureStatus.SUBSTANTIALLY_DONE;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The statuses: which count as finished, and their labels. The moves between them are {@link MeasureTest}'s. */
class MeasureStatusTest {

    @Test
    void countsOnlyDoneAndClosedAsFinished() {
        assertThat(EnumSet.allOf(MeasureStatus.class).stream().filter(MeasureStatus::isFinished))
                .containsExactlyInAnyOrder(DONE, CLOSED);
    }

    @Test
    void hasAChineseLabelForEveryStatus() {
        assertThat(NOT_STARTED.label()).isEqualTo("未启动");
        assertThat(SUBSTANTIALLY_DONE.label()).isEqualTo("基本完成");
        assertThat(CLOSED.label()).isEqualTo("已销号");
        for (MeasureStatus status : MeasureStatus.values()) {
            assertThat(status.label()).isNotBlank();
        }
    }
}
