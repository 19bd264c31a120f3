package taizhang.ingest;

import java.util.List;

/** A numbered problem of the report with its measures, as proposed for the ledger. */
public record DraftProblem(
        String key,
        int number,
        String title,
        String text,
        int start,
        int end,
        Integer section,
        Match match,
        List<DraftMeasure> measures) {

    public DraftProblem {
        measures = List.copyOf(measures);
    }

    DraftProblem withMeasures(List<DraftMeasure> newMeasures) {
        return new DraftProblem(key, number, title, text, start, end, section, match, newMeasures);
    }

    DraftProblem withTitle(String newTitle) {
        return new DraftProblem(key, number, newTitle, text, start, end, section, match, measures);
    }

    DraftProblem withMatch(Match newMatch) {
        return new DraftProblem(key, number, title, text, start, end, section, newMatch, measures);
    }
}
