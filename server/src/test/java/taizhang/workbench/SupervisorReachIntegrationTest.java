package taizhang.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.dashboard.Dashboard;
import taizhang.dashboard.DashboardService;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureStatus;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.progress.ReportStatus;
import taizhang.shared.Role;
import taizhang.supervision.CounterpartService;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;
import taizhang.support.PageRequests;

/**
 * 对口督导 on the dashboard and the review queue: a supervisor of 自治区纪委监委 assigned to 通辽市
 * counts its own organisation's measure and 科尔沁区's, under 通辽市, but not 红山区's on 统计总览, and reads 科尔沁区's submitted report in 审核销号
 * without a button to act on it; accepting or returning it, by page or API, is refused and changes
 * nothing. A supervisor of the same organisation assigned nowhere sees its own organisation's only.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class SupervisorReachIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PageRequests requests;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    ProgressService progress;

    @Autowired
    CounterpartService counterparts;

    @Autowired
    DashboardService dashboards;

    @Autowired
    MyPages myPages;

    Actor office;
    Actor supervisor;
    Actor unassigned;
    long campaign;
    Measure horqinMeasure;
    Measure hongshanMeasure;
    ProgressReport horqinReport;
    ProgressReport hongshanReport;

    @BeforeEach
    void aSupervisorOfTongliaoAndReportsOnBothSidesOfIt() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        supervisor = fixtures.actor("自治区纪委监委", Role.SUPERVISOR);
        unassigned = fixtures.actor("自治区纪委监委", Role.SUPERVISOR);
        campaign = ledger.campaign(office.user()).id();
        long problem = ledger.problem(office.user(), campaign).id();
        horqinMeasure =
                ledger.measure(office.user(), problem, fixtures.org("科尔沁区").id());
        hongshanMeasure =
                ledger.measure(office.user(), problem, fixtures.org("红山区").id());
        ledger.measure(office.user(), problem, fixtures.org("自治区纪委监委").id());
        horqinReport = submit(fixtures.actor("科尔沁区", Role.UNIT), horqinMeasure, "科尔沁区本月进展");
        hongshanReport = submit(fixtures.actor("红山区", Role.UNIT), hongshanMeasure, "红山区本月进展");
        counterparts.assign(
                office.user(), fixtures.org("通辽市").id(), supervisor.user().id(), null);
    }

    @Test
    void theDashboardCountsExactlyTheSupervisedUnitsMeasures() {
        Dashboard seen = dashboards.dashboard(supervisor.user(), campaign);
        assertThat(seen.overall().total()).isEqualTo(2);
        assertThat(seen.byUnit())
                .extracting(Dashboard.Row::label, Dashboard.Row::total)
                .containsExactlyInAnyOrder(tuple("自治区纪委监委", 1L), tuple("通辽市", 1L));
        assertThat(seen.wholeCampaign()).isFalse();

        Dashboard own = dashboards.dashboard(unassigned.user(), campaign);
        assertThat(own.overall().total()).isEqualTo(1);
        assertThat(own.byUnit()).extracting(Dashboard.Row::label).containsExactly("自治区纪委监委");
        assertThat(dashboards.dashboard(office.user(), campaign).overall().total())
                .isEqualTo(3);
    }

    @Test
    void theDashboardPageShowsTheSupervisedUnit() throws Exception {
        assertThat(html(supervisor, "/dashboard?campaign=" + campaign)).contains("通辽市");
    }

    @Test
    void theReviewQueueListsTheSupervisedUnitsReportsReadOnly() throws Exception {
        String queue = html(supervisor, "/review");
        assertThat(queue).contains("科尔沁区本月进展", "督导只读").doesNotContain("红山区本月进展");
        assertThat(queue).doesNotContain("/review/reports/" + horqinReport.id() + "/accept");
        assertThat(html(unassigned, "/review")).doesNotContain("科尔沁区本月进展", "红山区本月进展");
    }

    @Test
    void theSupervisorChangesNoReport() throws Exception {
        String version = String.valueOf(horqinReport.version());
        assertThat(requests.send(
                                supervisor,
                                post("/review/reports/" + horqinReport.id() + "/accept")
                                        .param("version", version))
                        .getStatus())
                .isEqualTo(403);
        assertThat(requests.send(
                                supervisor,
                                post("/review/reports/" + horqinReport.id() + "/return")
                                        .param("version", version)
                                        .param("reason", "督导代为退回"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(requests.send(
                                supervisor,
                                post("/api/v1/reports/" + horqinReport.id() + "/accept")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("{\"version\":" + version + "}"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(progress.get(office.user(), horqinReport.id()).status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    private ProgressReport submit(Actor unit, Measure measure, String body) {
        return progress.create(
                unit.user(), measure.id(), myPages.period(), body, MeasureStatus.IN_PROGRESS, List.of(), true);
    }

    private String html(Actor actor, String path) throws Exception {
        MockHttpServletResponse r = requests.send(actor, get(path));
        assertThat(r.getStatus()).as(path + " " + r.getContentAsString()).isEqualTo(200);
        return r.getContentAsString();
    }
}
