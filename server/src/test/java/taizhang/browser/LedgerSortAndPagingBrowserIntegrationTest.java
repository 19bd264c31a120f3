package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.ledger.Campaign;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureType;
import taizhang.ledger.Problem;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * The ledger's column sorts and pager in a real browser, clicked as a person does: htmx swaps the
 * results in place, the URL follows (so a reload or a shared link shows the same page), and the
 * pager says the total and which page of how many rows.
 */
class LedgerSortAndPagingBrowserIntegrationTest extends InBrowser {

    /** The smallest page the ledger offers: twelve measures then fill one page and two rows of the next. */
    static final int SIZE = 10;

    @Autowired
    LedgerFixtures ledger;

    Actor office;
    Campaign campaign;
    List<Measure> created = new ArrayList<>();

    @BeforeEach
    void setUp() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Actor unit = fixtures.ownUnit("通辽市");
        campaign = ledger.campaign(office.user());
        Problem problem = ledger.problem(office.user(), campaign.id());
        // Numbered 1 to 12, due in the opposite order: sorting by deadline turns the ledger around.
        IntStream.rangeClosed(1, 12)
                .forEach(i -> created.add(ledger.measure(
                        office.user(),
                        problem.id(),
                        String.format("排序措施%02d", i),
                        unit.user().organisationId(),
                        List.of(),
                        LocalDate.of(2099, 1, 1).plusDays(12 - i),
                        MeasureType.DEADLINE)));
    }

    @Test
    void columnSortsAndThePagerReorderAndTurnTheResultsInPlace() throws Exception {
        signIn(office);
        LedgerScreen page = new LedgerScreen(browser, "/ledger?campaign=" + campaign.id() + "&size=" + SIZE);
        assertThat(page.titles()).containsExactlyElementsOf(titles(byOrdinal().subList(0, SIZE)));
        assertThat(page.total()).isEqualTo("共 12 项");
        assertThat(page.pager()).contains("第 1 页（每页 10 项）");
        assertThat(page.pagerLinks()).containsExactly("下一页");
        assertThat(page.sortState("编号")).isEqualTo("ascending");

        page.turn("下一页");
        assertThat(page.titles()).containsExactlyElementsOf(titles(byOrdinal().subList(SIZE, 12)));
        assertThat(page.pager()).contains("第 2 页（每页 10 项）");
        assertThat(page.total()).isEqualTo("共 12 项");
        assertThat(page.pagerLinks()).containsExactly("上一页");
        assertThat(page.url()).contains("page=2").contains("size=" + SIZE);

        page.sortBy("整改时限");
        assertThat(page.sortState("整改时限")).isEqualTo("ascending");
        assertThat(page.sortState("编号")).isNull();
        assertThat(page.pager()).as("a new order starts at its first page").contains("第 1 页");
        assertThat(page.titles()).containsExactlyElementsOf(titles(byDeadline().subList(0, SIZE)));
        assertThat(page.url()).contains("sort=deadline").doesNotContain("page=");

        page.turn("下一页");
        assertThat(page.titles())
                .as("the next page keeps the chosen order")
                .containsExactlyElementsOf(titles(byDeadline().subList(SIZE, 12)));
        assertThat(page.url()).contains("sort=deadline").contains("page=2");

        page.turn("上一页");
        page.sortBy("整改时限");
        assertThat(page.sortState("整改时限")).isEqualTo("descending");
        assertThat(page.titles())
                .as("clicked again, latest deadline first")
                .containsExactlyElementsOf(titles(byDeadlineLatestFirst().subList(0, SIZE)));
        assertThat(page.url()).contains("sort=-deadline");

        // The URL htmx pushed is the page itself: reloading it shows the same rows, sort and page.
        String shown = page.url();
        List<String> rows = page.titles();
        browser.driver().navigate().refresh();
        browser.find(By.id("ledger-table"));
        assertThat(page.url()).isEqualTo(shown);
        assertThat(page.titles()).isEqualTo(rows);
        assertThat(page.sortState("整改时限")).isEqualTo("descending");
        assertThat(page.total()).isEqualTo("共 12 项");
    }

    private List<Measure> byOrdinal() {
        return created;
    }

    private List<Measure> byDeadline() {
        return created.stream().sorted(Comparator.comparing(Measure::deadline)).toList();
    }

    private List<Measure> byDeadlineLatestFirst() {
        return created.stream()
                .sorted(Comparator.comparing(Measure::deadline).reversed())
                .toList();
    }

    private static List<String> titles(List<Measure> measures) {
        return measures.stream().map(Measure::title).toList();
    }
}
