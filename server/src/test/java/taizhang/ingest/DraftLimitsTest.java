package taizhang.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A draft too large to review is refused by its problems, measures, figures or sections, saying why and how to split it. */
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
    void refusesTooManySectionsForTheyTravelWithEveryPage() {
        Draft small = GeneratedDrafts.of(1, 1, 0);
        List<Draft.DraftSection> sections = IntStream.range(0, 4)
                .mapToObj(i -> new Draft.DraftSection("一、", "方面" + i, i, null))
                .toList();
        Draft headings = new Draft(
                small.fileName(),
                small.reportYear(),
                small.script(),
                null,
                small.campaignName(),
                sections,
                small.problems(),
                small.marks(),
                small.notes());
        assertThatThrownBy(() -> LIMITS.check(headings))
                .isInstanceOf(DraftTooLargeException.class)
                .hasMessageContaining("4 个章节")
                .hasMessageContaining("按章节拆成几份");
        assertThatCode(() -> LIMITS.check(small)).doesNotThrowAnyException();
    }

    @Test
    void theDefaultsLeaveRoomForTheLargestRealReports() {
        assertThatCode(() -> DraftLimits.DEFAULT.check(GeneratedDrafts.of(100, 10, 10)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> new DraftLimits(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
