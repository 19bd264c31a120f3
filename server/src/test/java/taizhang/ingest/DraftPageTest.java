package taizhang.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A draft is shown a fixed number of items a page: every problem, measure and figure on exactly one page. */
class DraftPageTest {

    @Test
    void everyItemIsOnExactlyOnePageAndNoPageHoldsMoreThanItsSize() {
        Draft draft = GeneratedDrafts.of(7, 3, 4);
        int items = 7 + 7 * 3 + 7 * 3 * 4;
        DraftPage first = DraftPage.of(draft, 0, 10);
        assertThat(first.pages()).isEqualTo((items + 9) / 10);

        List<String> seen = new ArrayList<>();
        for (int page = 0; page < first.pages(); page++) {
            DraftPage shown = DraftPage.of(draft, page, 10);
            List<String> own = owned(shown, page, 10, draft);
            assertThat(own).hasSizeLessThanOrEqualTo(10);
            seen.addAll(own);
        }
        assertThat(seen).hasSize(items).doesNotHaveDuplicates();
    }

    @Test
    void aMeasureWhoseFiguresRunOverABreakIsShownAgainWithTheRest() {
        Draft draft = GeneratedDrafts.of(1, 1, 12);
        DraftPage second = DraftPage.of(draft, 1, 10);
        DraftMeasure measure = second.draft().problems().get(0).measures().get(0);
        assertThat(measure.key()).isEqualTo("m1-1");
        assertThat(measure.readings())
                .extracting(DraftReading::key)
                .containsExactly("r1-1-9", "r1-1-10", "r1-1-11", "r1-1-12");
    }

    @Test
    void thePageNamesTheSourceItsItemsCoverAndKeepsOnlyTheirMarks() {
        Draft draft = GeneratedDrafts.of(3, 2, 2);
        DraftPage second = DraftPage.of(draft, 1, 7);
        List<DraftMeasure> shown = second.draft().problems().stream()
                .flatMap(p -> p.measures().stream())
                .toList();
        assertThat(second.sourceFrom()).isLessThanOrEqualTo(shown.get(0).start());
        assertThat(second.sourceTo())
                .isGreaterThanOrEqualTo(shown.get(shown.size() - 1).end());
        assertThat(second.sourceCut()).isFalse();
        assertThat(second.draft().marks())
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.start()).isBetween(second.sourceFrom(), second.sourceTo()));
        assertThat(second.draft().marks().size()).isLessThan(draft.marks().size());
        assertThat(second.draft().notes()).hasSize(DraftPage.MAX_NOTES);
    }

    @Test
    void aPagePastTheEndShowsTheLastAndSizesAreBounded() {
        Draft draft = GeneratedDrafts.of(3, 2, 2);
        DraftPage last = DraftPage.of(draft, 99, 7);
        assertThat(last.page()).isEqualTo(last.pages() - 1);
        assertThat(last.last()).isTrue();
        assertThat(DraftPage.of(draft, -1, 7).page()).isZero();
        assertThat(DraftPage.of(draft, 0, 1_000_000).size()).isEqualTo(DraftPage.MAX_ITEMS);
        assertThat(DraftPage.of(draft, 0, 0).size()).isEqualTo(1);
    }

    @Test
    void findsThePageOfAnItemByItsKey() {
        Draft draft = GeneratedDrafts.of(7, 3, 4);
        for (String key : List.of("p1", "m3-2", "r5-3-4", "p7")) {
            int page = DraftPage.pageOf(draft, key, 10);
            assertThat(owned(DraftPage.of(draft, page, 10), page, 10, draft))
                    .as(key)
                    .contains(key);
        }
        assertThat(DraftPage.pageOf(draft, "nothing", 10)).isZero();
    }

    /**
     * The items a page holds as its own: those shown on it that an earlier page did not show
     * (a problem or measure shown again with the rest of its items belongs to the page it began on).
     */
    private static List<String> owned(DraftPage shown, int page, int size, Draft draft) {
        Set<String> earlier = new HashSet<>();
        for (int p = 0; p < page; p++) {
            earlier.addAll(keys(DraftPage.of(draft, p, size)));
        }
        return keys(shown).stream().filter(k -> !earlier.contains(k)).toList();
    }

    private static List<String> keys(DraftPage page) {
        List<String> keys = new ArrayList<>();
        for (DraftProblem p : page.draft().problems()) {
            keys.add(p.key());
            for (DraftMeasure m : p.measures()) {
                keys.add(m.key());
                m.readings().forEach(r -> keys.add(r.key()));
            }
        }
        return keys;
    }
}
