package taizhang.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import taizhang.ledger.LedgerQueries;
import taizhang.ledger.Measure;
import taizhang.org.OrgKind;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * The supervision pages: the office assigns a supervisor to 通辽市 on 对口督导安排; the supervisor's
 * ledger then shows 科尔沁区's measure and not 红山区's, it records an item whose finding becomes a
 * measure, and the unit reads the finding on that measure's page. Units open none of the pages.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class SupervisionPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    OrgService organisations;

    @Autowired
    CounterpartService counterparts;

    @Autowired
    SupervisionService items;

    @Autowired
    AccountabilityService register;

    @Autowired
    LedgerQueries ledgerQueries;

    Actor office;
    Actor supervisor;
    Actor horqinUnit;
    long campaign;
    Measure horqinMeasure;
    Measure hongshanMeasure;

    @BeforeEach
    void setUp() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        supervisor = fixtures.actor("自治区纪委监委", Role.SUPERVISOR);
        horqinUnit = fixtures.actor("科尔沁区", Role.UNIT);
        campaign = ledger.campaign(office.user()).id();
        long problem = ledger.problem(office.user(), campaign).id();
        horqinMeasure =
                ledger.measure(office.user(), problem, fixtures.org("科尔沁区").id());
        hongshanMeasure =
                ledger.measure(office.user(), problem, fixtures.org("红山区").id());
    }

    @Test
    void theSupervisorRecordsAFindingThatBecomesTheUnitsMeasureAndTheUnitReadsIt() throws Exception {
        MvcResult assigned = change(
                office,
                post("/supervision/assignments")
                        .param("unit", String.valueOf(fixtures.org("通辽市").id()))
                        .param("supervisor", "user-" + supervisor.user().id()));
        assertThat(message(assigned)).contains("通辽市");
        assertThat(assigned.getFlashMap().get("messageAt")).isEqualTo("assign");
        assertThat(html(office, "/supervision/assignments"))
                .contains(supervisor.user().username());

        String ledgerPage = html(supervisor, "/ledger?campaign=" + campaign);
        assertThat(ledgerPage).contains(horqinMeasure.title()).doesNotContain(hongshanMeasure.title());
        assertThat(html(supervisor, "/measures/" + horqinMeasure.id())).contains(horqinMeasure.title());
        assertThat(html(
                        supervisor,
                        "/ledger?campaign=" + campaign + "&unit="
                                + fixtures.org("科尔沁区").id()))
                .contains(horqinMeasure.title(), "科尔沁区</option>");
        assertThat(send(
                                supervisor,
                                get("/ledger?campaign=" + campaign + "&unit="
                                        + fixtures.org("红山区").id()))
                        .getStatus())
                .isEqualTo(404);
        String page = html(supervisor, "/supervision?campaign=" + campaign);
        assertThat(page).contains("记录督导事项", "科尔沁区").doesNotContain(">红山区<");

        MvcResult recorded = change(
                supervisor,
                post("/supervision/items")
                        .param("campaign", String.valueOf(campaign))
                        .param("unit", String.valueOf(fixtures.org("科尔沁区").id()))
                        .param("method", "FIELD_VISIT")
                        .param("checkedOn", "2021-06-15")
                        .param("findings", "问题清单未逐条销号")
                        .param("createMeasure", "true"));
        assertThat(recorded.getResponse().getStatus())
                .as("a plain form is sent to the item's page")
                .isEqualTo(303);
        String itemPage = html(supervisor, recorded.getResponse().getRedirectedUrl());
        assertThat(itemPage).contains("问题清单未逐条销号", "反馈为新措施", "督导反馈：问题清单未逐条销号");
        long itemId = Long.parseLong(recorded.getResponse().getRedirectedUrl().replaceAll(".*/items/(\\d+).*", "$1"));
        long measureId = items.get(supervisor.user(), itemId).measureId();
        String code = ledgerQueries.labels(List.of(measureId)).get(measureId).code();
        assertThat(message(recorded)).isEqualTo("已记录督导事项 " + itemId + "，督导发现已反馈为新措施 " + code);
        assertThat(itemPage).contains(code + " 督导反馈：问题清单未逐条销号");

        String measurePage = html(horqinUnit, "/measures/" + measureId);
        assertThat(measurePage).contains("督导事项", "问题清单未逐条销号").doesNotContain("href=\"/supervision/items/");
        assertThat(html(office, "/supervision?campaign=" + campaign)).contains("问题清单未逐条销号", "反馈为新措施 " + code + "</a>");
    }

    @Test
    void aDeactivatedUnitIsLeftOutOfThePickersAndRefusedWithItsName() throws Exception {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        String name = "已撤销旗-" + UUID.randomUUID();
        Organisation gone = organisations.createBySystem(fixtures.org("通辽市"), name, OrgKind.COUNTY, null);
        organisations.setActive(admin.user(), gone.id(), false);

        assertThat(html(office, "/supervision/assignments")).contains("通辽市").doesNotContain(name);
        assertThat(html(office, "/supervision?campaign=" + campaign))
                .contains("通辽市")
                .doesNotContain(name);
        assertThat(html(office, "/supervision/accountability?campaign=" + campaign))
                .contains("通辽市")
                .doesNotContain(name);

        String refusal = "“" + name + "”已停用";
        MockHttpServletResponse assigned = send(
                office,
                post("/supervision/assignments")
                        .param("unit", String.valueOf(gone.id()))
                        .param("supervisor", "user-" + supervisor.user().id()));
        assertThat(assigned.getStatus()).isEqualTo(400);
        assertThat(assigned.getContentAsString()).contains("被督导单位" + refusal);
        MockHttpServletResponse recorded = send(
                office,
                post("/supervision/items")
                        .param("campaign", String.valueOf(campaign))
                        .param("unit", String.valueOf(gone.id()))
                        .param("method", "FIELD_VISIT")
                        .param("checkedOn", "2021-06-15")
                        .param("findings", "台账资料不全")
                        .param("createMeasure", "true"));
        assertThat(recorded.getStatus()).isEqualTo(400);
        assertThat(recorded.getContentAsString()).contains("被督导单位" + refusal);
        MockHttpServletResponse registered = send(
                office,
                post("/supervision/accountability")
                        .param("campaign", String.valueOf(campaign))
                        .param("unit", String.valueOf(gone.id()))
                        .param("personName", "张某")
                        .param("kind", "TALK")
                        .param("decidedOn", "2021-07-01")
                        .param("decidedBy", "自治区纪委监委"));
        assertThat(registered.getStatus()).isEqualTo(400);
        assertThat(registered.getContentAsString()).contains("单位" + refusal);

        assertThat(counterparts.assignments(office.user()))
                .extracting(AssignmentView::orgId)
                .doesNotContain(gone.id());
        assertThat(items.inCampaign(office.user(), campaign, gone.id())).isEmpty();
        assertThat(register.inCampaign(office.user(), campaign))
                .extracting(view -> view.action().orgId())
                .doesNotContain(gone.id());
    }

    @Test
    void unitsOpenNoneOfTheSupervisionPages() throws Exception {
        for (String path : new String[] {
            "/supervision", "/supervision/assignments", "/supervision/accountability?campaign=" + campaign
        }) {
            assertThat(send(horqinUnit, get(path)).getStatus()).as(path).isEqualTo(403);
        }
        assertThat(send(
                                supervisor,
                                post("/supervision/assignments")
                                        .param(
                                                "unit",
                                                String.valueOf(
                                                        fixtures.org("通辽市").id()))
                                        .param(
                                                "supervisor",
                                                "user-" + supervisor.user().id()))
                        .getStatus())
                .isEqualTo(403);
        assertThat(html(office, "/supervision/accountability?campaign=" + campaign))
                .contains("登记责任追究");
    }

    private String html(Actor actor, String path) throws Exception {
        MockHttpServletResponse r = send(actor, get(path));
        assertThat(r.getStatus()).as(path + " " + r.getContentAsString()).isEqualTo(200);
        return r.getContentAsString();
    }

    /** The message a change left for the page it goes back to. */
    private static String message(MvcResult change) {
        return String.valueOf(change.getFlashMap().get("message"));
    }

    private MvcResult change(Actor actor, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", actor.bearer())).andReturn();
    }

    private MockHttpServletResponse send(Actor actor, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", actor.bearer()))
                .andReturn()
                .getResponse();
    }
}
