package taizhang.ingest;

import java.util.ArrayList;
import java.util.List;
import taizhang.ledger.MeasureStatus;
import taizhang.shared.InvalidRequestException;

/**
 * The edits that change a draft's outline by hand: a problem or measure the reading missed is
 * added, one it invented is dropped. An added item has no place in the source (it starts and ends
 * where the item before it ends) and no figures.
 */
final class DraftOutlineEdits {

    private DraftOutlineEdits() {}

    /** Adds a problem {@code key} after the one {@code edit.key()} names, titled {@code edit.title()}, without measures. */
    static Draft addProblem(Draft draft, DraftEdit edit, String key) {
        String title = required(edit.title());
        List<DraftProblem> problems = new ArrayList<>();
        boolean found = false;
        for (DraftProblem p : draft.problems()) {
            problems.add(p);
            if (p.key().equals(edit.key())) {
                found = true;
                problems.add(new DraftProblem(
                        key, p.number() + 1, title, title, p.end(), p.end(), p.section(), null, List.of()));
            }
        }
        if (!found) {
            throw new InvalidRequestException("key", "草稿中没有问题 " + edit.key());
        }
        return draft.withProblems(problems);
    }

    /** Adds a measure {@code key} at the end of the problem {@code edit.key()} names. */
    static Draft addMeasure(Draft draft, DraftEdit edit, String key) {
        String title = required(edit.title());
        String text = edit.text() == null || edit.text().isBlank()
                ? title
                : edit.text().strip();
        List<DraftProblem> problems = new ArrayList<>();
        boolean found = false;
        for (DraftProblem p : draft.problems()) {
            if (!p.key().equals(edit.key())) {
                problems.add(p);
                continue;
            }
            found = true;
            List<DraftMeasure> measures = new ArrayList<>(p.measures());
            int at = measures.isEmpty()
                    ? p.end()
                    : measures.get(measures.size() - 1).end();
            measures.add(new DraftMeasure(
                    key,
                    measures.size() + 1,
                    title,
                    text,
                    at,
                    at,
                    null,
                    List.of(),
                    List.of(),
                    MeasureStatus.IN_PROGRESS,
                    List.of(),
                    List.of(),
                    null,
                    null,
                    false,
                    List.of()));
            problems.add(p.withMeasures(measures));
        }
        if (!found) {
            throw new InvalidRequestException("key", "草稿中没有问题 " + edit.key());
        }
        return draft.withProblems(problems);
    }

    /** Drops the problem (with its measures) or the measure {@code key} names; the draft keeps one problem. */
    static Draft drop(Draft draft, String key) {
        List<DraftProblem> problems = new ArrayList<>();
        boolean found = false;
        for (DraftProblem p : draft.problems()) {
            if (p.key().equals(key)) {
                found = true;
                continue;
            }
            List<DraftMeasure> kept = new ArrayList<>();
            for (DraftMeasure m : p.measures()) {
                if (m.key().equals(key)) {
                    found = true;
                } else {
                    kept.add(m.with(m.title(), m.text(), kept.size() + 1, m.start(), m.end(), m.readings()));
                }
            }
            problems.add(kept.size() == p.measures().size() ? p : p.withMeasures(kept));
        }
        if (!found) {
            throw new InvalidRequestException("key", "草稿中没有 " + key);
        }
        if (problems.isEmpty()) {
            throw new InvalidRequestException("key", "草稿至少要保留一个问题");
        }
        return draft.withProblems(problems);
    }

    private static String required(String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidRequestException("title", "请填写标题");
        }
        if (title.length() > 1000) {
            throw new InvalidRequestException("title", "标题最多 1000 个字");
        }
        return title.strip();
    }
}
