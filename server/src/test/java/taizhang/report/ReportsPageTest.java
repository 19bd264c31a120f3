package taizhang.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReportsPageTest {

    @Test
    void theByProblemTableShowsTheFirstProblemsOfALargeCampaignAndSaysHowManyMore() {
        ReportsPage page = page(250);
        assertThat(page.problemRowsShown()).hasSize(ReportsPage.PROBLEM_ROWS_SHOWN);
        assertThat(page.problemRowsShown().get(0).number()).isEqualTo(1);
        assertThat(page.problemRowsShown().get(199).number()).isEqualTo(200);
        assertThat(page.problemRowsNotShown()).isEqualTo(50);
        // The statistics themselves keep every problem: the sentence and the Excel sheet count them all.
        assertThat(page.statistics().byProblem()).hasSize(250);
    }

    @Test
    void aCampaignOfUsualSizeShowsEveryProblem() {
        ReportsPage page = page(23);
        assertThat(page.problemRowsShown()).hasSize(23);
        assertThat(page.problemRowsNotShown()).isZero();
    }

    private static ReportsPage page(int problems) {
        List<CompletionStatistics.ProblemRow> rows = IntStream.rangeClosed(1, problems)
                .mapToObj(n -> new CompletionStatistics.ProblemRow(n, n, "问题" + n, Tally.measures(4, 1, 1)))
                .toList();
        CompletionStatistics statistics = new CompletionStatistics(
                7,
                "整改任务",
                CompletionStatistics.problemsOf(rows),
                Tally.measures(4L * problems, problems, problems),
                rows,
                List.of(),
                0,
                null,
                null,
                null,
                null);
        return new ReportsPage(List.of(), null, true, statistics, List.of(), null, null, null, List.of(), null, null);
    }
}
