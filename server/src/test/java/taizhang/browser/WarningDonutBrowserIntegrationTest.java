package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.ledger.Campaign;
import taizhang.ledger.MeasureType;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * The dashboard's 预警 donut as drawn: each slice in its level's colour, also when the levels
 * before it are empty (green alone was drawn red, and red beside green drew the green orange).
 */
class WarningDonutBrowserIntegrationTest extends InBrowser {

    private static final String RED = "#c62828";
    private static final String YELLOW = "#e0a100";
    private static final String GREEN = "#2e7d32";

    @Autowired
    LedgerFixtures ledger;

    Actor office;

    @BeforeEach
    void signIn() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        new LoginPage(browser)
                .signIn(office.user().username(), "password-" + office.user().username());
    }

    private Campaign campaignWithDeadlines(LocalDate... deadlines) {
        Campaign campaign = ledger.campaign(office.user());
        long problem = ledger.problem(office.user(), campaign.id()).id();
        for (LocalDate deadline : deadlines) {
            ledger.measure(
                    office.user(),
                    problem,
                    "预警颜色-" + deadline,
                    fixtures.org("乌海市").id(),
                    List.of(),
                    deadline,
                    MeasureType.DEADLINE);
        }
        return campaign;
    }

    /** The fill colours of the donut's slices, as ECharts drew them in SVG. */
    private Set<String> sliceColours(long campaignId) {
        new DashboardScreen(browser, campaignId);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        String script = "return Array.from(document.querySelectorAll("
                + "\"section[aria-labelledby='h-warning'] .chart svg path\"))"
                + ".map(function (p) { return p.getAttribute('fill') || ''; });";
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !((List<?>) js.executeScript(script)).isEmpty());
        return ((List<?>) js.executeScript(script))
                .stream()
                        .map(fill -> fill.toString().toLowerCase(Locale.ROOT))
                        .filter(fill -> Set.of(RED, YELLOW, GREEN).contains(fill) || fill.startsWith("#"))
                        .collect(Collectors.toSet());
    }

    @Test
    void greenAloneIsDrawnGreen() {
        Campaign onTrack = campaignWithDeadlines(LocalDate.of(2099, 6, 30), LocalDate.of(2099, 9, 30));
        assertThat(sliceColours(onTrack.id())).containsExactly(GREEN);
    }

    @Test
    void redBesideGreenKeepsBothTheirColours() {
        Campaign mixed = campaignWithDeadlines(LocalDate.of(2020, 6, 30), LocalDate.of(2099, 6, 30));
        assertThat(sliceColours(mixed.id())).containsExactlyInAnyOrder(RED, GREEN);
    }
}
