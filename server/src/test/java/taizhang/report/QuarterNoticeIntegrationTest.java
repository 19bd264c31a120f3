package taizhang.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.cycle.CycleService;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureStatus;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.shared.CurrentUser;
import taizhang.shared.NotFoundException;
import taizhang.shared.Role;
import taizhang.shared.RuleViolationException;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;
import taizhang.support.StoryClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 季通报 from the snapshots: the office runs October and November 2012 as cycles, 鄂尔多斯市 reporting
 * on one measure and 巴彦淖尔市 on another; after November closes the ledger moves on (a measure is
 * substantially done, a problem and a measure are added, a report is accepted). The notice and the
 * statistics as of 2012-Q4 (or of November) are the ledger at November's close, not as it is now.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(StoryClock.Config.class)
class QuarterNoticeIntegrationTest {

    @Autowired
    StoryClock clock;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    CycleService cycles;

    @Autowired
    ProgressService progress;

    @Autowired
    ProgressNotices notices;

    @Autowired
    StatisticsService statistics;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void aQuarterlyNoticeIsTheLedgerAtTheCloseWhateverChangedSince() throws Exception {
        clock.set(LocalDate.of(2012, 10, 1));
        Fixtures.Actor officeActor = fixtures.actor("内蒙古自治区", Role.OFFICE);
        CurrentUser office = officeActor.user();
        Fixtures.Actor ordosActor = fixtures.actor("鄂尔多斯市", Role.UNIT);
        CurrentUser ordos = ordosActor.user();
        CurrentUser bayannur = fixtures.actor("巴彦淖尔市", Role.UNIT).user();
        long campaign = ledger.campaign(office).id();
        long problem = ledger.problem(office, campaign).id();
        Measure first = ledger.measure(office, problem, ordos.organisationId());
        Measure second = ledger.measure(office, problem, bayannur.organisationId());

        for (String month : List.of("2012-10", "2012-11")) {
            LocalDate after = LocalDate.parse(month + "-01").plusMonths(1);
            clock.set(after);
            cycles.open(office, campaign, month, after.plusDays(4), Set.of(), Set.of());
            clock.set(after.plusDays(2));
            accept(office, ordos, first, month, month + "鄂尔多斯市完成排查整改", MeasureStatus.IN_PROGRESS);
            clock.set(after.plusDays(6));
            cycles.close(office, campaign, month);
        }
        ProgressNotice atClose = notices.notice(office, campaign, null, false);
        CompletionStatistics statsAtClose = statistics.statistics(office, campaign);
        CompletionStatistics unitStatsAtClose = statistics.statistics(ordos, campaign);

        clock.set(LocalDate.of(2012, 12, 10));
        accept(office, bayannur, second, "2012-12", "巴彦淖尔市已基本完成整改", MeasureStatus.SUBSTANTIALLY_DONE);
        long laterProblem = ledger.problem(office, campaign).id();
        ledger.measure(office, laterProblem, ordos.organisationId());
        assertThat(statistics.statistics(office, campaign).measures())
                .as("the ledger has moved on since the close")
                .isNotEqualTo(statsAtClose.measures());

        for (String period : List.of("2012-Q4", "2012-11")) {
            CompletionStatistics asOf = statistics.asOfCycle(office, campaign, period);
            assertThat(asOf.measures()).isEqualTo(statsAtClose.measures());
            assertThat(asOf.problems()).isEqualTo(statsAtClose.problems());
            assertThat(asOf.byProblem()).isEqualTo(statsAtClose.byProblem());
            assertThat(asOf.byUnit()).isEqualTo(statsAtClose.byUnit());
            assertThat(asOf.cycle()).isEqualTo(period);
            ProgressNotice notice = notices.asOfCycle(office, campaign, period, false);
            assertThat(notice.sections()).isEqualTo(atClose.sections());
            assertThat(notice.cycle()).isEqualTo(period);
            assertThat(notice.asOf()).isEqualTo(LocalDate.of(2012, 12, 7));
        }
        assertThat(notices.asOfCycle(office, campaign, "2012-Q4", false).opening())
                .contains("据2012年10月、2012年11月调度")
                .contains(statsAtClose.measures().sentence());
        assertThat(statistics.asOfCycle(ordos, campaign, "2012-Q4").measures())
                .as("a unit reads the snapshot of its own subtree")
                .isEqualTo(unitStatsAtClose.measures());
        assertThat(statistics.asOfCycle(office, campaign, "2012-10").byProblem())
                .extracting(r -> r.measures().total())
                .containsExactly(2L);

        assertThatThrownBy(() -> statistics.asOfCycle(office, campaign, "2012-12"))
                .isInstanceOf(NotFoundException.class);
        clock.set(LocalDate.of(2013, 1, 1));
        cycles.open(office, campaign, "2012-12", LocalDate.of(2013, 1, 5), Set.of(), Set.of());
        assertThatThrownBy(() -> notices.asOfCycle(office, campaign, "2012-12", false))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("尚未关闭");
        assertThatThrownBy(() -> statistics.asOfCycle(office, campaign, "2012-Q3"))
                .isInstanceOf(RuleViolationException.class);

        String api = "/api/v1/campaigns/" + campaign;
        JsonNode stats = body(call(officeActor, api + "/statistics?cycle=2012-Q4"));
        assertThat(stats.get("measures").get("total").asLong())
                .isEqualTo(statsAtClose.measures().total());
        MockHttpServletResponse docx = call(officeActor, api + "/notice.docx?cycle=2012-Q4");
        assertThat(docx.getStatus()).isEqualTo(200);
        assertThat(docx.getHeader("Content-Disposition")).contains("notice-" + campaign + "-2012-Q4.docx");
        assertThat(call(officeActor, api + "/statistics.xlsx?cycle=2012-Q4").getStatus())
                .isEqualTo(200);
        assertThat(call(officeActor, api + "/notice?cycle=2012-Q4&asOf=2012-12-01")
                        .getStatus())
                .as("a day and a cycle at once")
                .isEqualTo(400);
        assertThat(call(officeActor, api + "/notice?cycle=2012").getStatus()).isEqualTo(400);
        assertThat(call(officeActor, api + "/notice?cycle=2012-12").getStatus())
                .as("a cycle still open")
                .isEqualTo(409);
        assertThat(call(ordosActor, api + "/notice?cycle=2012-Q4").getStatus()).isEqualTo(200);
        String page = call(officeActor, "/reports?campaign=" + campaign + "&cycle=2012-Q4")
                .getContentAsString();
        assertThat(page).contains("id=\"stats-cycle\"").contains("2012年第四季度").contains("2012年11月");
        assertThat(call(officeActor, "/reports/notice?campaign=" + campaign + "&cycle=2012-Q4")
                        .getContentAsString())
                .contains("2012年第四季度进展情况的通报");
        assertThat(call(officeActor, "/cycles?campaign=" + campaign + "&period=2012-11")
                        .getContentAsString())
                .contains("id=\"quarter-notice\"")
                .contains("cycle=2012-Q4");
        JsonNode openapi = body(call(officeActor, "/api/v1/openapi"));
        assertThat(openapi.get("paths")
                        .get("/api/v1/campaigns/{id}/notice.docx")
                        .toString())
                .contains("\"cycle\"");
    }

    private void accept(
            CurrentUser office, CurrentUser unit, Measure measure, String period, String text, MeasureStatus claimed) {
        ProgressReport sent = progress.create(unit, measure.id(), period, text, claimed, List.of(), true);
        progress.accept(office, sent.id(), sent.version());
    }

    private MockHttpServletResponse call(Fixtures.Actor actor, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", actor.bearer()))
                .andReturn()
                .getResponse();
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }
}
