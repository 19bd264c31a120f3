package taizhang.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.indicator.IndicatorService;
import taizhang.ledger.Campaign;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.Problem;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.report.LedgerChanges.FigureChange;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;
import taizhang.support.StoryClock;

/**
 * Changes between two cycles, on a campaign whose units report in September and October 2025
 * (written at those times through the services): status moves, new measures, figures and
 * accepted reports of October against the end of September, each reader's share of them, the
 * API and the reports page, and refusals of bad cycles.
 */
@DatabaseTest
@SpringBootTest
@Import(StoryClock.Config.class)
@AutoConfigureMockMvc
class CycleChangesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StoryClock clock;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    MeasureService measures;

    @Autowired
    IndicatorService indicators;

    @Autowired
    ProgressService progress;

    @Autowired
    ChangeService changes;

    private Actor office;
    private Actor chifeng;
    private Actor tongliao;
    private Campaign campaign;
    private Measure employment;
    private Measure lectures;
    private Measure training;
    private Measure added;

    /**
     * September: 就业 (赤峰市) and 宣讲 (通辽市) report figures and start; 培训 (赤峰市) has a
     * second-quarter figure. October: 就业 is reported done with a higher figure; 宣讲 goes to done
     * and back and reports the same figure; 培训 gets a new figure from the office; a new measure
     * (赤峰市) reports its first figure. November: 宣讲 is done, after the window.
     */
    @BeforeEach
    void story() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        chifeng = fixtures.actor("赤峰市", Role.UNIT);
        tongliao = fixtures.actor("通辽市", Role.UNIT);
        clock.set(LocalDate.of(2025, 9, 10));
        campaign = ledger.campaign(office.user());
        Problem problem = ledger.problem(office.user(), campaign.id());
        employment = ledger.measure(
                office.user(),
                problem.id(),
                "稳就业措施",
                fixtures.org("赤峰市").id(),
                List.of(),
                LocalDate.of(2099, 1, 1),
                taizhang.ledger.MeasureType.DEADLINE);
        lectures = ledger.measure(
                office.user(),
                problem.id(),
                "宣讲措施",
                fixtures.org("通辽市").id(),
                List.of(),
                LocalDate.of(2099, 1, 1),
                taizhang.ledger.MeasureType.DEADLINE);
        training = ledger.measure(
                office.user(),
                problem.id(),
                "培训措施",
                fixtures.org("赤峰市").id(),
                List.of(),
                LocalDate.of(2099, 1, 1),
                taizhang.ledger.MeasureType.DEADLINE);
        long jobs = indicator(employment, "新增就业", "人");
        long talks = indicator(lectures, "宣讲场次", "场");
        long trained = indicator(training, "培训人次", "人次");
        report(chifeng, employment, "2025-09", MeasureStatus.IN_PROGRESS, jobs, 100);
        report(tongliao, lectures, "2025-09", MeasureStatus.IN_PROGRESS, talks, 50);
        indicators.addReading(office.user(), trained, "2025-Q2", BigDecimal.valueOf(5), "半年报");

        clock.set(LocalDate.of(2025, 10, 15));
        report(chifeng, employment, "2025-10", MeasureStatus.DONE, jobs, 150);
        Measure done = measures.reportDone(
                office.user(), lectures.id(), current(lectures).version(), MeasureStatus.DONE);
        measures.sendBack(office.user(), lectures.id(), done.version(), "佐证不足");
        report(tongliao, lectures, "2025-10", MeasureStatus.IN_PROGRESS, talks, 50);
        indicators.addReading(office.user(), trained, "2025-10", BigDecimal.valueOf(8), "月报");
        added = ledger.measure(
                office.user(),
                problem.id(),
                "新增整改措施",
                fixtures.org("赤峰市").id(),
                List.of(),
                LocalDate.of(2099, 1, 1),
                taizhang.ledger.MeasureType.DEADLINE);
        report(chifeng, added, "2025-10", MeasureStatus.IN_PROGRESS, indicator(added, "走访户数", "户"), 7);

        clock.set(LocalDate.of(2025, 11, 5));
        measures.reportDone(office.user(), lectures.id(), current(lectures).version(), MeasureStatus.DONE);
    }

    private Measure current(Measure measure) {
        return measures.get(office.user(), measure.id());
    }

    private long indicator(Measure measure, String name, String unit) {
        return indicators
                .create(office.user(), measure.id(), name, unit, null, null)
                .id();
    }

    private void report(Actor unit, Measure measure, String period, MeasureStatus claimed, long indicator, int value) {
        ProgressReport submitted = progress.create(
                unit.user(),
                measure.id(),
                period,
                period + "进展",
                claimed,
                List.of(new ProgressReport.Figure(indicator, BigDecimal.valueOf(value))),
                true);
        progress.accept(office.user(), submitted.id(), submitted.version());
    }

    @Test
    void theOfficeSeesOctoberAgainstTheEndOfSeptember() {
        LedgerChanges found = changes.betweenCycles(office.user(), campaign.id(), "2025-09", "2025-10");

        assertThat(found.statusChanges()).singleElement().satisfies(c -> {
            assertThat(c.measureId()).isEqualTo(employment.id());
            assertThat(c.before()).isEqualTo(MeasureStatus.IN_PROGRESS.label());
            assertThat(c.after()).isEqualTo(MeasureStatus.DONE.label());
        });
        assertThat(found.newMeasures())
                .extracting(LedgerChanges.NewMeasure::measureId)
                .containsExactly(added.id());
        assertThat(found.figures())
                .extracting(
                        FigureChange::indicator,
                        FigureChange::previousPeriod,
                        FigureChange::previous,
                        FigureChange::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "新增就业", "2025-09", BigDecimal.valueOf(100), BigDecimal.valueOf(150)),
                        org.assertj.core.groups.Tuple.tuple(
                                "培训人次", "2025-Q2", BigDecimal.valueOf(5), BigDecimal.valueOf(8)),
                        org.assertj.core.groups.Tuple.tuple("走访户数", null, null, BigDecimal.valueOf(7)));
        assertThat(found.acceptedReports())
                .extracting(LedgerChanges.AcceptedReport::measureId)
                .containsExactly(employment.id(), lectures.id(), added.id());
        assertThat(found.acceptedReports())
                .allSatisfy(r -> assertThat(r.period()).isEqualTo("2025-10"));
        assertThat(found.from()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(found.to()).isEqualTo(LocalDate.of(2025, 10, 31));
        assertThat(found.summary()).startsWith("2025年10月与2025年9月相比，1项整改措施完成情况发生变化（其中新完成1项），新增整改措施1项，新报送数据1项，更新数据2项");
        assertThat(changes.cycles(office.user(), campaign.id()))
                .extracting(Object::toString)
                .containsExactly("2025-Q2", "2025-09", "2025-10");
    }

    @Test
    void aUnitSeesOnlyItsSubtreesMeasures() {
        LedgerChanges chifengSees = changes.betweenCycles(chifeng.user(), campaign.id(), "2025-09", "2025-10");
        assertThat(chifengSees.statusChanges())
                .extracting(LedgerChanges.StatusChange::measureId)
                .containsExactly(employment.id());
        assertThat(chifengSees.newMeasures())
                .extracting(LedgerChanges.NewMeasure::measureId)
                .containsExactly(added.id());
        assertThat(chifengSees.figures())
                .extracting(FigureChange::measureId)
                .containsExactly(employment.id(), training.id(), added.id());
        assertThat(chifengSees.acceptedReports())
                .extracting(LedgerChanges.AcceptedReport::measureId)
                .containsExactly(employment.id(), added.id());

        LedgerChanges tongliaoSees = changes.betweenCycles(tongliao.user(), campaign.id(), "2025-09", "2025-10");
        assertThat(tongliaoSees.statusChanges()).isEmpty();
        assertThat(tongliaoSees.newMeasures()).isEmpty();
        assertThat(tongliaoSees.figures()).isEmpty();
        assertThat(tongliaoSees.acceptedReports())
                .extracting(LedgerChanges.AcceptedReport::measureId)
                .containsExactly(lectures.id());
        assertThat(changes.cycles(tongliao.user(), campaign.id()))
                .extracting(Object::toString)
                .containsExactly("2025-09", "2025-10");
    }

    @Test
    void theApiAnswersTheChangesTheCyclesAndTheAppendix() throws Exception {
        mvc.perform(get("/api/v1/campaigns/{id}/cycle-changes", campaign.id())
                        .param("from", "2025-09")
                        .param("to", "2025-10")
                        .header("Authorization", chifeng.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fromCycle").value("2025-09"))
                .andExpect(jsonPath("$.statusChanges.length()").value(1))
                .andExpect(jsonPath("$.figures[0].previous").value(100))
                .andExpect(jsonPath("$.figures[0].value").value(150))
                .andExpect(jsonPath("$.acceptedReports.length()").value(2));
        mvc.perform(get("/api/v1/campaigns/{id}/cycles", campaign.id()).header("Authorization", office.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[2].period").value("2025-10"))
                .andExpect(jsonPath("$[0].name").value("2025年第二季度"));
        mvc.perform(get("/api/v1/campaigns/{id}/cycle-changes.docx", campaign.id())
                        .param("from", "2025-09")
                        .param("to", "2025-10")
                        .header("Authorization", office.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Download.DOCX.toString()));
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/campaigns/{id}/cycle-changes'].get")
                        .exists())
                .andExpect(
                        jsonPath("$.paths['/api/v1/campaigns/{id}/cycles'].get").exists());
    }

    @Test
    void badCyclesAreRefusedWith400NamingTheField() throws Exception {
        String[][] cases = {
            {"2025-13", "2025-10", "from", "2025-13"},
            {"2025-10", "2025-09", "from", "起始周期应早于截止周期"},
            {"2025-10", "2025-10", "from", "起始周期应早于截止周期"},
            {"2025-09", "2026-01", "to", "2026年1月"},
            {"2025-09", "2025年10月", "to", "2021-Q3"}
        };
        for (String[] c : cases) {
            mvc.perform(get("/api/v1/campaigns/{id}/cycle-changes", campaign.id())
                            .param("from", c[0])
                            .param("to", c[1])
                            .header("Authorization", office.bearer()))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                    .andExpect(jsonPath("$.errors[0].field").value(c[2]))
                    .andExpect(jsonPath("$.detail").value(containsString(c[3])));
        }
        mvc.perform(get("/api/v1/campaigns/{id}/cycle-changes", campaign.id())
                        .param("from", "2025-09")
                        .header("Authorization", office.bearer()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aUnitWithNoMeasuresInTheCampaignSeesNoCyclesAndIsRefusedAny() throws Exception {
        Actor outsider = fixtures.actor("呼伦贝尔市", Role.UNIT);
        mvc.perform(get("/api/v1/campaigns/{id}/cycles", campaign.id()).header("Authorization", outsider.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/campaigns/{id}/cycle-changes", campaign.id())
                        .param("from", "2025-09")
                        .param("to", "2025-10")
                        .header("Authorization", outsider.bearer()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aCampaignOfAnotherCityIsNotFound() throws Exception {
        Campaign chifengOwn = ledger.campaign(fixtures.actor("赤峰市", Role.OFFICE).user());
        mvc.perform(get("/api/v1/campaigns/{id}/cycle-changes", chifengOwn.id())
                        .param("from", "2025-09")
                        .param("to", "2025-10")
                        .header("Authorization", tongliao.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/campaigns/{id}/cycles", chifengOwn.id()).header("Authorization", tongliao.bearer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePageShowsTheChangesOfTwoChosenCycles() throws Exception {
        mvc.perform(get("/reports")
                        .param("campaign", String.valueOf(campaign.id()))
                        .param("fromCycle", "2025-09")
                        .param("toCycle", "2025-10")
                        .header("Authorization", office.bearer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2025年10月与2025年9月相比，1项整改措施完成情况发生变化")))
                .andExpect(content().string(containsString("id=\"changes-figures\"")))
                .andExpect(content().string(containsString("稳就业措施")))
                .andExpect(content().string(containsString("/cycle-changes.docx?from=2025-09&amp;to=2025-10")));
    }

    @Test
    void thePageOffersTheCampaignsCyclesWithTheLatestTwoChosen() throws Exception {
        mvc.perform(get("/reports")
                        .param("campaign", String.valueOf(campaign.id()))
                        .header("Authorization", office.bearer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"2025-Q2\">2025年第二季度</option>")))
                .andExpect(content().string(containsString("<option value=\"2025-09\" selected>2025年9月</option>")))
                .andExpect(content().string(containsString("<option value=\"2025-10\" selected>2025年10月</option>")))
                .andExpect(content().string(not(containsString("id=\"changes-summary\""))));
    }

    @Test
    void thePageExplainsARefusedChoiceAndShowsNoChanges() throws Exception {
        mvc.perform(get("/reports")
                        .param("campaign", String.valueOf(campaign.id()))
                        .param("fromCycle", "2025-10")
                        .param("toCycle", "2025-09")
                        .header("Authorization", office.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("起始周期应早于截止周期")))
                .andExpect(content().string(not(containsString("id=\"changes-summary\""))));
    }
}
