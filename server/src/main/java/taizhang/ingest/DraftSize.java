package taizhang.ingest;

import java.util.List;

/** How many problems, measures and figures (readings) a draft proposes. */
public record DraftSize(int problems, int measures, int readings) {

    static DraftSize of(List<DraftProblem> problems) {
        int measures = 0;
        int readings = 0;
        for (DraftProblem p : problems) {
            measures += p.measures().size();
            for (DraftMeasure m : p.measures()) {
                readings += m.readings().size();
            }
        }
        return new DraftSize(problems.size(), measures, readings);
    }

    /** The items a draft is paged by: each problem, measure and reading counts as one. */
    public long items() {
        return (long) problems + measures + readings;
    }

    DraftSize plus(DraftSize other) {
        return new DraftSize(problems + other.problems, measures + other.measures, readings + other.readings);
    }

    DraftSize minus(DraftSize other) {
        return new DraftSize(problems - other.problems, measures - other.measures, readings - other.readings);
    }
}
