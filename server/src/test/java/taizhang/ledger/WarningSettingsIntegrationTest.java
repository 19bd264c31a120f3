package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.audit.AuditTrail;
import taizhang.cycle.CycleService;
import taizhang.indicator.Indicator;
import taizhang.indicator.IndicatorService;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;
import taizhang.support.PageRequests;
import taizhang.support.StoryClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 预警设置 through the API in 2013: the office previews a change (nothing written), saves it
 * (audited, warnings recomputed), a unit may not; missed cycles and lag against plan move
 * warnings, on a change, on a new figure and in the nightly recomputation.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(StoryClock.Config.class)
class WarningSettingsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PageRequests requests;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    MeasureService measures;

    @Autowired
    WarningService warnings;

    @Autowired
    CycleService cycles;

    @Autowired
    IndicatorService indicators;

    @Autowired
    AuditTrail audit;

    @Autowired
    StoryClock clock;

    @Autowired
    JsonMapper json;

    Actor office;
    Actor unit;
    long campaign;
    long problem;
    Measure in15Days;
    Measure in36Days;
    Measure farOff;

    @Autowired
    SignService signs;

    @BeforeEach
    void campaignOnFifthJanuary2013() {
        clock.set(LocalDate.of(2013, 1, 5));
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        unit = fixtures.actor("科尔沁区", Role.UNIT);
        campaign = ledger.campaign(office.user()).id();
        problem = ledger.problem(office.user(), campaign).id();
        long horqin = fixtures.org("科尔沁区").id();
        in15Days = measure("十五天后到期", horqin, LocalDate.of(2013, 1, 20));
        in36Days = measure("三十六天后到期", horqin, LocalDate.of(2013, 2, 10));
        farOff = measure("远期", horqin, LocalDate.of(2099, 1, 1));
    }

    /** Signed for (签收) by its unit at once, so only the rules under test move its warning. */
    private Measure measure(String title, long lead, LocalDate deadline) {
        Measure m = ledger.measure(office.user(), problem, title, lead, List.of(), deadline, MeasureType.DEADLINE);
        signs.sign(unit.user(), m.id(), null);
        return m;
    }

    private static Map<String, Object> settings(int dueSoon, boolean overdueRed, int grace, int yellow, int red) {
        return Map.of(
                "dueSoonDays", dueSoon,
                "overdueRed", overdueRed,
                "overdueGraceDays", grace,
                "missedCyclesYellow", yellow,
                "missedCyclesRed", red,
                "unsignedDays", 3);
    }

    private MockHttpServletResponse call(HttpMethod method, String path, Actor actor, Object body) throws Exception {
        return requests.send(actor, method, path, body == null ? null : json.writeValueAsString(body));
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }

    private WarningLevel warning(Measure m) {
        return measures.get(office.user(), m.id()).warning();
    }

    private String path(String tail) {
        return "/api/v1/campaigns/" + campaign + "/warning-settings" + tail;
    }

    @Test
    void previewCountsWithoutWritingAndSavingMovesAndAudits() throws Exception {
        JsonNode defaults = body(call(HttpMethod.GET, path(""), office, null));
        assertThat(defaults.get("dueSoonDays").asInt()).isEqualTo(14);
        assertThat(warning(in15Days)).isEqualTo(WarningLevel.GREEN);

        MockHttpServletResponse preview = call(HttpMethod.POST, path("/preview"), office, settings(40, true, 0, 1, 3));
        assertThat(preview.getStatus()).as(preview.getContentAsString()).isEqualTo(200);
        assertThat(body(preview).get("toYellow").asLong()).isEqualTo(2);
        assertThat(body(preview).get("toRed").asLong()).isZero();
        assertThat(warning(in15Days)).as("a preview writes nothing").isEqualTo(WarningLevel.GREEN);
        assertThat(body(call(HttpMethod.GET, path(""), office, null))
                        .get("dueSoonDays")
                        .asInt())
                .isEqualTo(14);

        MockHttpServletResponse saved = call(HttpMethod.PUT, path(""), office, settings(40, true, 0, 1, 3));
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(200);
        assertThat(body(saved).get("moved").asInt()).isEqualTo(2);
        assertThat(warning(in15Days)).isEqualTo(WarningLevel.YELLOW);
        assertThat(warning(in36Days)).isEqualTo(WarningLevel.YELLOW);
        assertThat(warning(farOff)).isEqualTo(WarningLevel.GREEN);
        assertThat(body(call(HttpMethod.GET, path(""), unit, null))
                        .get("dueSoonDays")
                        .asInt())
                .as("who sees the campaign sees its rules")
                .isEqualTo(40);
        assertThat(audit.history("campaign", campaign))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("campaign.warning-settings"));

        // The rules stay with the campaign: a later write of a measure keeps to them.
        Measure edited = measures.assign(
                office.user(),
                farOff.id(),
                farOff.version(),
                new MeasureService.Assignment(
                        farOff.leadOrgId(), List.of(), "新负责人", LocalDate.of(2013, 2, 1), MeasureType.DEADLINE));
        assertThat(edited.warning()).isEqualTo(WarningLevel.YELLOW);
    }

    @Test
    void aUnitMayNeitherPreviewNorChangeTheSettings() throws Exception {
        assertThat(call(HttpMethod.PUT, path(""), unit, settings(40, true, 0, 1, 3))
                        .getStatus())
                .isEqualTo(403);
        assertThat(call(HttpMethod.POST, path("/preview"), unit, settings(40, true, 0, 1, 3))
                        .getStatus())
                .isEqualTo(403);
        Actor cityOffice = fixtures.actor("赤峰市", Role.OFFICE);
        assertThat(call(HttpMethod.PUT, path(""), cityOffice, settings(40, true, 0, 1, 3))
                        .getStatus())
                .as("an office below the owning one")
                .isIn(403, 404);
        assertThat(mvc.perform(request(HttpMethod.GET, "/campaigns/" + campaign + "/warnings")
                                .header("Authorization", unit.bearer()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(warnings.settings(office.user(), campaign)).isEqualTo(WarningSettings.DEFAULT);
        assertThat(warning(in15Days)).isEqualTo(WarningLevel.GREEN);
    }

    @Test
    void settingsOutOfRangeAre400AndChangeNothing() throws Exception {
        for (Object bad : List.of(
                settings(-1, true, 0, 1, 3),
                settings(14, true, 0, 3, 2),
                settings(14, true, 0, 0, 3),
                Map.of("dueSoonDays", 10))) {
            MockHttpServletResponse put = call(HttpMethod.PUT, path(""), office, bad);
            assertThat(put.getStatus()).as(bad + " " + put.getContentAsString()).isEqualTo(400);
            assertThat(call(HttpMethod.POST, path("/preview"), office, bad).getStatus())
                    .isEqualTo(400);
        }
        assertThat(warnings.settings(office.user(), campaign)).isEqualTo(WarningSettings.DEFAULT);
    }

    @Test
    void missedCyclesMoveWarningsAsTheSettingsSay() throws Exception {
        for (String month : List.of("2013-01", "2013-02", "2013-03")) {
            cycles.open(office.user(), campaign, month, LocalDate.parse(month + "-25"), Set.of(), Set.of());
        }
        clock.set(LocalDate.of(2013, 3, 26));
        warnings.recomputeAll();
        assertThat(warning(farOff)).as("three cycles missed").isEqualTo(WarningLevel.RED);

        MockHttpServletResponse preview = call(HttpMethod.POST, path("/preview"), office, settings(14, true, 0, 4, 5));
        assertThat(body(preview).get("toGreen").asLong()).isEqualTo(1);
        call(HttpMethod.PUT, path(""), office, settings(14, true, 0, 2, 4));
        assertThat(warning(farOff)).isEqualTo(WarningLevel.YELLOW);
        assertThat(warning(in15Days)).as("overdue").isEqualTo(WarningLevel.RED);
        call(HttpMethod.PUT, path(""), office, settings(14, false, 0, 2, 4));
        assertThat(warning(in15Days)).as("overdue red off").isEqualTo(WarningLevel.YELLOW);
    }

    @Test
    void lagAgainstPlanIsRedUntilCaughtUpThenYellowUntilTheNextCycle() throws Exception {
        Indicator jobs =
                indicators.create(office.user(), farOff.id(), "新增就业", "人", java.math.BigDecimal.valueOf(100), null);
        clock.set(LocalDate.of(2013, 4, 2));
        MockHttpServletResponse plan = call(
                HttpMethod.PUT,
                "/api/v1/indicators/" + jobs.id() + "/plan",
                office,
                Map.of("shares", List.of(Map.of("period", "2013-Q1", "percent", 50))));
        assertThat(plan.getStatus()).as(plan.getContentAsString()).isEqualTo(200);
        assertThat(warning(farOff)).as("nothing reported against half planned").isEqualTo(WarningLevel.RED);

        MockHttpServletResponse reading = call(
                HttpMethod.POST,
                "/api/v1/indicators/" + jobs.id() + "/readings",
                office,
                Map.of("period", "2013-03", "value", 60));
        assertThat(reading.getStatus()).as(reading.getContentAsString()).isEqualTo(201);
        assertThat(warning(farOff)).as("caught up, not yet confirmed").isEqualTo(WarningLevel.YELLOW);

        // Silence through one cycle is not to decide here: only a second missed one turns yellow.
        call(HttpMethod.PUT, path(""), office, settings(14, true, 0, 2, 3));
        cycles.open(office.user(), campaign, "2013-04", LocalDate.of(2013, 4, 25), Set.of(), Set.of());
        clock.set(LocalDate.of(2013, 4, 26));
        warnings.recomputeAll();
        assertThat(warning(farOff)).as("the April cycle confirmed it").isEqualTo(WarningLevel.GREEN);

        assertThat(call(
                                HttpMethod.PUT,
                                "/api/v1/indicators/" + jobs.id() + "/plan",
                                unit,
                                Map.of("targetDate", "2013-12-31", "startsOn", "2013-01-01"))
                        .getStatus())
                .isIn(403, 404);
        assertThat(call(
                                HttpMethod.PUT,
                                "/api/v1/indicators/" + jobs.id() + "/plan",
                                office,
                                Map.of("targetDate", "2013-12-31"))
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void theOfficesPagesShowTheRulesAndTakeAPlan() throws Exception {
        MockHttpServletResponse page = mvc.perform(request(HttpMethod.GET, "/campaigns/" + campaign + "/warnings")
                        .header("Authorization", office.bearer()))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("预警设置", "id=\"dueSoonDays\"", "value=\"14\"");

        Indicator jobs =
                indicators.create(office.user(), farOff.id(), "新增就业", "人", java.math.BigDecimal.valueOf(100), null);
        MockHttpServletResponse saved = mvc.perform(request(HttpMethod.POST, "/indicators/" + jobs.id() + "/plan")
                        .header("Authorization", office.bearer())
                        .param("shares", "2013-Q1 25\n2013-Q2 50%"))
                .andReturn()
                .getResponse();
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(303);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/measures/" + farOff.id() + "#plan-" + jobs.id());
        MockHttpServletResponse measurePage = mvc.perform(
                        request(HttpMethod.GET, "/measures/" + farOff.id()).header("Authorization", office.bearer()))
                .andReturn()
                .getResponse();
        assertThat(measurePage.getContentAsString()).contains("计划进度：2013-Q1 25%，2013-Q2 50%");

        MockHttpServletResponse bad = mvc.perform(request(HttpMethod.POST, "/indicators/" + jobs.id() + "/plan")
                        .header("Authorization", office.bearer())
                        .param("shares", "上半年 一半"))
                .andReturn()
                .getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("分期计划每行写");
    }
}
