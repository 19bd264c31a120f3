package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static taizhang.ledger.MeasureStatus.CLOSED;
import static taizhang.ledger.MeasureStatus.DONE;
import static taizhang.ledger.MeasureStatus.IN_PROGRESS;
import static taizhang.ledger.MeasureStatus.NOT_STARTED;
import static taizhang.ledger.MeasureStatus.SUBSTANTIALLY_DONE;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The workflow table, move by move: every pair of statuses is either allowed or refused. */
class MeasureStatusTest {

    /** The ledger's workflow as the product describes it; anything not listed is refused. */
    private static final Map<MeasureStatus, Set<MeasureStatus>> ALLOWED = Map.of(
            NOT_STARTED, EnumSet.of(IN_PROGRESS, SUBSTANTIALLY_DONE, DONE),
            IN_PROGRESS, EnumSet.of(SUBSTANTIALLY_DONE, DONE),
            SUBSTANTIALLY_DONE, EnumSet.of(IN_PROGRESS, DONE),
            DONE, EnumSet.of(IN_PROGRESS, CLOSED),
            CLOSED, EnumSet.noneOf(MeasureStatus.class));

    @Test
    void allowsExactlyTheWorkflowMoves() {
        for (MeasureStatus from : MeasureStatus.values()) {
            for (MeasureStatus to : MeasureStatus.values()) {
                assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void neverMovesToItself() {
        for (MeasureStatus status : MeasureStatus.values()) {
            assertThat(status.canMoveTo(status)).as(status.name()).isFalse();
        }
    }

    @Test
    void closedIsFinal() {
        assertThat(CLOSED.next()).isEmpty();
    }

    @Test
    void onlyClosingNeedsDoneFirst() {
        for (MeasureStatus from : MeasureStatus.values()) {
            assertThat(from.canMoveTo(CLOSED)).as(from.name()).isEqualTo(from == DONE);
        }
    }

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
