package taizhang.ingest;

import java.util.List;

/**
 * What a stored draft holds besides its items and marks: the document's name and year, where it
 * goes, its sections, and the first {@link DraftPage#MAX_NOTES} of its {@code noteCount} notes.
 */
public record DraftHead(
        String fileName,
        int reportYear,
        String script,
        Long campaignId,
        String campaignName,
        List<Draft.DraftSection> sections,
        List<String> notes,
        int noteCount) {

    public DraftHead {
        sections = List.copyOf(sections);
        notes = List.copyOf(notes);
    }

    static DraftHead of(Draft draft) {
        List<String> notes = draft.notes();
        return new DraftHead(
                draft.fileName(),
                draft.reportYear(),
                draft.script(),
                draft.campaignId(),
                draft.campaignName(),
                draft.sections(),
                notes.subList(0, Math.min(DraftPage.MAX_NOTES, notes.size())),
                notes.size());
    }

    /** A draft of this head and these problems, without marks: what an edit works on. */
    Draft with(List<DraftProblem> problems) {
        return new Draft(fileName, reportYear, script, campaignId, campaignName, sections, problems, List.of(), notes);
    }
}
