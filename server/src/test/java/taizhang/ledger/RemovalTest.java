package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 移除 and 归档 as the domain decides them, without Spring. */
class RemovalTest {

    private static final Instant NOW = Instant.parse("2021-09-30T08:00:00Z");

    private static Measure measure(MeasureStatus status) {
        return new Measure(
                7,
                1,
                2,
                1,
                "整治河道",
                null,
                10L,
                List.of(),
                null,
                LocalDate.of(2021, 12, 31),
                MeasureType.DEADLINE,
                status,
                WarningLevel.GREEN,
                null,
                NOW,
                3);
    }

    @Test
    void aRemovalNeedsAReason() {
        assertThatThrownBy(() -> Removal.of("  ", NOW)).hasMessage("移除必须写明理由");
        assertThatThrownBy(() -> Removal.of(null, NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThat(Removal.of(" 与第1项重复 ", NOW)).isEqualTo(new Removal(NOW, "与第1项重复"));
    }

    @Test
    void aRemovedThingIsRestoredBeforeItChanges() {
        Removal removal = Removal.of("重复", NOW);
        assertThatThrownBy(() -> Removal.requireLive(removal, "措施")).hasMessage("措施已移除，不能修改；如需修改请先恢复");
        assertThatThrownBy(() -> Removal.requireRemoved(null, "问题")).hasMessage("问题未被移除，无需恢复");
    }

    @Test
    void aClosedMeasureIsEvidenceAndIsNotRemoved() {
        assertThatThrownBy(() -> measure(MeasureStatus.CLOSED).requireRemovable())
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageStartingWith("已销号的措施不能移除");
        measure(MeasureStatus.DONE).requireRemovable();
    }

    @Test
    void anArchivedCampaignIsReadOnlyUntilTakenOutOfTheArchive() {
        Campaign campaign = new Campaign(1, "巡视整改", null, 5, 2021, null, null, 0);
        Campaign archived = campaign.archive(NOW);
        assertThat(archived.archived()).isTrue();
        assertThatThrownBy(archived::requireInUse).hasMessage("整改任务“巡视整改”已归档，只能查看；如需修改请先取消归档");
        assertThatThrownBy(() -> archived.renamed("新名称")).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> archived.archive(NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThat(archived.unarchived().archived()).isFalse();
        assertThatThrownBy(campaign::unarchived).hasMessage("整改任务“巡视整改”未归档");
        assertThatThrownBy(() -> campaign.renamed(" ")).hasMessage("整改任务名称不能为空");
    }
}
