package taizhang.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import taizhang.ledger.CompletionRate;
import taizhang.ledger.MeasureStatus;

class TallyTest {

    @Test
    void sentenceOfTheInnerMongoliaNotice() {
        Tally problems = Tally.problems(697, 688, 4);

        assertThat(problems.unfinished()).isEqualTo(5);
        assertThat(problems.rate()).hasToString("98.71");
        assertThat(problems.sentence()).isEqualTo("反馈的697个问题，完成整改688个，基本完成4个，未完成5个，总体完成率98.71%");
    }

    @Test
    void rateRoundsHalfUpToTwoDecimals() {
        assertThat(Tally.measures(3, 2, 0).rate()).hasToString("66.67");
        assertThat(Tally.measures(8, 1, 0).rate()).hasToString("12.50");
        assertThat(Tally.measures(200, 1, 0).rate()).hasToString("0.50");
    }

    @Test
    void measuresAreCountedWithTheirOwnWord() {
        assertThat(Tally.measures(82, 80, 1).sentence()).isEqualTo("制定的82项整改措施，完成整改80项，基本完成1项，未完成1项，总体完成率97.56%");
    }

    @Test
    void nothingToCountIsZeroPercent() {
        assertThat(Tally.problems(0, 0, 0).sentence()).endsWith("总体完成率0.00%");
    }

    @Test
    void measuresAreClassedByStatusFinishedSubstantiallyDoneAndTheRest() {
        var byStatus = new java.util.EnumMap<MeasureStatus, Long>(MeasureStatus.class);
        byStatus.put(MeasureStatus.NOT_STARTED, 1L);
        byStatus.put(MeasureStatus.IN_PROGRESS, 2L);
        byStatus.put(MeasureStatus.SUBSTANTIALLY_DONE, 3L);
        byStatus.put(MeasureStatus.DONE, 4L);
        byStatus.put(MeasureStatus.CLOSED, 5L);

        assertThat(Tally.measures(byStatus)).isEqualTo(Tally.measures(15, 9, 3));
        assertThat(Tally.measures(byStatus).rate()).isEqualTo(CompletionRate.of(9, 15));
    }

    @Test
    void refusesCountsThatDoNotAddUp() {
        assertThatThrownBy(() -> Tally.problems(5, 4, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void problemIsOnlyAsFarAsItsSlowestMeasure() {
        var done = new CompletionStatistics.ProblemRow(1, 1, "a", Tally.measures(3, 3, 0));
        var nearly = new CompletionStatistics.ProblemRow(2, 2, "b", Tally.measures(3, 2, 1));
        var open = new CompletionStatistics.ProblemRow(3, 3, "c", Tally.measures(3, 2, 0));
        var empty = new CompletionStatistics.ProblemRow(4, 4, "d", Tally.measures(0, 0, 0));

        assertThat(CompletionStatistics.problemsOf(java.util.List.of(done, nearly, open, empty)))
                .isEqualTo(Tally.problems(4, 1, 1));
    }
}
