package taizhang.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A draft too large to review is refused by its problems, measures or figures, saying why and how to split it. */
class DraftLimitsTest {

    private static final DraftLimits LIMITS = new DraftLimits(3, 6, 12);

    @Test
    void takesADraftAtEveryLimit() {
        assertThatCode(() -> LIMITS.check(GeneratedDrafts.of(3, 2, 2))).doesNotThrowAnyException();
    }

    @Test
    void refusesTooManyProblems() {
        assertThatThrownBy(() -> LIMITS.check(GeneratedDrafts.of(4, 1, 0)))
                .isInstanceOf(DraftTooLargeException.class)
                .hasMessageContaining("识别出 4 个问题，超过每份草稿 3 个问题的上限")
                .hasMessageContaining("拆成几份");
    }

    @Test
    void refusesTooManyMeasures() {
        assertThatThrownBy(() -> LIMITS.check(GeneratedDrafts.of(1, 7, 0)))
                .isInstanceOf(DraftTooLargeException.class)
                .hasMessageContaining("识别出 7 项措施，超过每份草稿 6 项措施的上限");
    }

    @Test
    void refusesTooManyFiguresAndNamesEveryLimitPassed() {
        assertThatThrownBy(() -> LIMITS.check(GeneratedDrafts.of(4, 2, 2)))
                .isInstanceOf(DraftTooLargeException.class)
                .hasMessageContaining("4 个问题")
                .hasMessageContaining("8 项措施")
                .hasMessageContaining("16 个数据")
                .hasMessageContaining("每份不超过 3 个问题、6 项措施、12 个数据");
    }

    @Test
    void theDefaultsLeaveRoomForTheLargestRealReports() {
        assertThatCode(() -> DraftLimits.DEFAULT.check(GeneratedDrafts.of(100, 10, 10)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> new DraftLimits(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
