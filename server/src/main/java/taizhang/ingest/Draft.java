package taizhang.ingest;

import java.util.List;

/**
 * 导入草稿: what Taizhang proposes to write into the ledger from one report, for the office to
 * review and edit before anything is written. Offsets point into the report's decoded text.
 *
 * @param campaignId the campaign it goes into, null to create one named {@code campaignName}
 * @param marks what to highlight in the source text
 * @param notes warnings for the reviewer (defects, unmatched names)
 */
public record Draft(
        String fileName,
        int reportYear,
        String script,
        Long campaignId,
        String campaignName,
        List<DraftSection> sections,
        List<DraftProblem> problems,
        List<Mark> marks,
        List<String> notes) {

    public Draft {
        sections = List.copyOf(sections);
        problems = List.copyOf(problems);
        marks = List.copyOf(marks);
        notes = List.copyOf(notes);
    }

    Draft withProblems(List<DraftProblem> newProblems) {
        return new Draft(fileName, reportYear, script, campaignId, campaignName, sections, newProblems, marks, notes);
    }

    public int measureCount() {
        return problems.stream().mapToInt(p -> p.measures().size()).sum();
    }

    public int readingCount() {
        return problems.stream()
                .flatMap(p -> p.measures().stream())
                .mapToInt(m -> m.readings().size())
                .sum();
    }

    /** A section header, {@code (一)…}; {@code matchedId} is the existing section it maps to. */
    public record DraftSection(String label, String title, int start, Long matchedId) {}

    /** A highlighted span of the source: quantity, title, organisation, date or defect. */
    public record Mark(String kind, int start, int end, String note) {}
}
