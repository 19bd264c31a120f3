package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 分层建账's roll-up: a parent is finished only when its sub-measures are, or over them with the office's reason. */
class RollUpTest {

    private static final RollUp HALF_DONE = new RollUp(List.of(
            new RollUp.Part(21, MeasureStatus.CLOSED),
            new RollUp.Part(22, MeasureStatus.IN_PROGRESS),
            new RollUp.Part(23, MeasureStatus.SUBSTANTIALLY_DONE)));

    @Test
    void countsTheSubMeasuresByStatusAndOpenness() {
        assertThat(HALF_DONE.finished()).isEqualTo(1);
        assertThat(HALF_DONE.open()).extracting(RollUp.Part::measureId).containsExactly(22L, 23L);
        assertThat(HALF_DONE.byStatus())
                .containsEntry(MeasureStatus.CLOSED, 1)
                .containsEntry(MeasureStatus.IN_PROGRESS, 1)
                .containsEntry(MeasureStatus.SUBSTANTIALLY_DONE, 1)
                .containsEntry(MeasureStatus.NOT_STARTED, 0)
                .containsEntry(MeasureStatus.DONE, 0);
    }

    @Test
    void refusesToFinishTheParentWhileASubMeasureIsOpen() {
        assertThatThrownBy(() -> HALF_DONE.permit(MeasureStatus.DONE, null))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("还有 2 项子任务未完成");
        assertThatThrownBy(() -> HALF_DONE.permit(MeasureStatus.DONE, "  "))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void theOfficesReasonFinishesTheParentOverOpenSubMeasuresAndNamesThem() {
        RollUp.Override override =
                HALF_DONE.permit(MeasureStatus.DONE, " 两个旗县的任务已并入年度项目 ").orElseThrow();

        assertThat(override.reason()).isEqualTo("两个旗县的任务已并入年度项目");
        assertThat(override.openMeasureIds()).containsExactly(22L, 23L);
    }

    @Test
    void unfinishedStatusesAndFinishedSubMeasuresNeedNoOverride() {
        assertThat(HALF_DONE.permit(MeasureStatus.SUBSTANTIALLY_DONE, null)).isEmpty();
        assertThat(HALF_DONE.permit(MeasureStatus.IN_PROGRESS, null)).isEmpty();
        RollUp allDone =
                new RollUp(List.of(new RollUp.Part(21, MeasureStatus.DONE), new RollUp.Part(22, MeasureStatus.CLOSED)));
        assertThat(allDone.permit(MeasureStatus.DONE, null)).isEmpty();
        assertThat(RollUp.none().permit(MeasureStatus.DONE, null)).isEmpty();
        assertThat(RollUp.none().isEmpty()).isTrue();
    }
}
