package taizhang.report;

import java.util.List;

/**
 * 完成情况统计 of one campaign as a reader may see it: overall for problems and for measures,
 * and broken down by problem and by unit.
 *
 * <p>A problem is 完成整改 when every one of its measures is finished (see {@link Tally}), 基本完成
 * when every one is at least substantially done, and 未完成 otherwise (also when it has no measure yet):
 * a problem is only as far as its slowest measure.
 *
 * @param cycle the month or quarter whose closed cycles the figures were read from, or null for now
 * @param cycleName how the report names that basis (a cycle, or 截至 a past day), or null
 * @param asOf the past day whose ledger the figures were rebuilt from ({@link AsOfLedger}), or null
 * @param basis for a past day, how it was read and what could not be; null otherwise
 */
public record CompletionStatistics(
        long campaignId,
        String campaignName,
        Tally problems,
        Tally measures,
        List<ProblemRow> byProblem,
        List<UnitRow> byUnit,
        long reopened,
        String cycle,
        String cycleName,
        java.time.LocalDate asOf,
        String basis) {

    /**
     * 回头看: how many of the measures were reopened after 销号. Each is counted once, where it
     * stands now; a reopened measure is never a new one.
     */
    public String reopenedSentence() {
        return "其中经回头看重新打开的整改措施" + reopened + "项";
    }

    public CompletionStatistics {
        byProblem = List.copyOf(byProblem);
        byUnit = List.copyOf(byUnit);
    }

    public CompletionStatistics withBasis(String told) {
        return new CompletionStatistics(
                campaignId,
                campaignName,
                problems,
                measures,
                byProblem,
                byUnit,
                reopened,
                cycle,
                cycleName,
                asOf,
                told);
    }

    /** One problem with its measures counted. */
    public record ProblemRow(long problemId, int number, String title, Tally measures) {

        public String status() {
            if (measures.total() > 0 && measures.completed() == measures.total()) {
                return "完成整改";
            }
            return measures.total() > 0 && measures.unfinished() == 0 ? "基本完成" : "未完成";
        }
    }

    /** The measures a unit (with the units below it) leads. */
    public record UnitRow(String unit, Tally measures) {}

    /** The problems tallied from their measures by the rule above. */
    static Tally problemsOf(List<ProblemRow> rows) {
        long completed = rows.stream().filter(r -> r.status().equals("完成整改")).count();
        long substantially =
                rows.stream().filter(r -> r.status().equals("基本完成")).count();
        return Tally.problems(rows.size(), completed, substantially);
    }
}
