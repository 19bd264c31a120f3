package taizhang.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import taizhang.ledger.Measure;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;
import taizhang.support.PageRequests;

/**
 * The office's 调度周期 page and what 昆都仑区 sees of it on 我的任务, on a campaign of 包头市's
 * office (no other page test uses either): the open cycle with its due date and days left, the
 * office's reminder, and a returned report of last month that stays until it is submitted again.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class CyclePagesIntegrationTest {

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

    Actor office;
    Actor unit;
    long campaign;
    Measure measure;
    final String lastMonth = YearMonth.now().minusMonths(1).toString();

    @BeforeEach
    void campaignOfBaotou() {
        office = fixtures.actor("包头市", Role.OFFICE);
        unit = fixtures.actor("昆都仑区", Role.UNIT);
        campaign = ledger.campaign(office.user()).id();
        measure = ledger.measure(
                office.user(),
                ledger.problem(office.user(), campaign).id(),
                fixtures.org("昆都仑区").id());
    }

    @Test
    void theOfficeOpensACycleAndTheUnitSeesItsDueDateAndDaysLeft() throws Exception {
        LocalDate due = LocalDate.now().plusDays(4);
        MockHttpServletResponse opened = open(lastMonth, due);
        assertThat(opened.getStatus()).isEqualTo(303);
        assertThat(opened.getRedirectedUrl()).isEqualTo("/cycles?campaign=" + campaign + "&period=" + lastMonth);

        String page = html(office, "/cycles?campaign=" + campaign);
        assertThat(page).contains("id=\"cycle-list\"", "调度中", "还剩 4 天", "昆都仑区", "关闭本期");
        String my = html(unit, "/my");
        assertThat(my).contains("id=\"open-cycles\"", "<strong class=\"due-date\">" + due + "</strong>", "还剩 4 天");
        assertThat(my)
                .as("the form files for the open cycle's period")
                .contains("name=\"period\" value=\"" + lastMonth + "\"");

        MockHttpServletResponse filed = requests.send(
                unit,
                post("/my/measures/" + measure.id() + "/report")
                        .param("period", lastMonth)
                        .param("body", "上月进展")
                        .param("action", "submit"));
        assertThat(filed.getStatus()).as(filed.getContentAsString()).isEqualTo(302);
        assertThat(html(office, "/cycles?campaign=" + campaign)).contains("id=\"nothing-owed\"");
    }

    /** Posted without JavaScript, a refusal comes back beside the open form, drawn as an error. */
    @Test
    void aRefusedPlainPostComesBackBesideTheOpenForm() throws Exception {
        String cycles = "/cycles?campaign=" + campaign;
        open(lastMonth, LocalDate.now().plusDays(4));
        assertThat(html(office, cycles)).contains("<input type=\"hidden\" name=\"_at\" value=\"cycle-open\">");

        MvcResult refused = mvc.perform(openForm(lastMonth, LocalDate.now().plusDays(4))
                        .header("Authorization", office.bearer())
                        .header("Referer", "http://localhost" + cycles)
                        .param("_at", "cycle-open"))
                .andReturn();

        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(cycles + "#cycle-open");
        String shown = requests.send(
                        office,
                        get(refused.getResponse().getRedirectedUrl())
                                .cookie(refused.getResponse().getCookie("SESSION")))
                .getContentAsString();
        assertThat(shown)
                .containsPattern(
                        "<p class=\"alert feedback-message alert-error\" role=\"alert\" id=\"open-message\">[^<]+</p>");
    }

    @Test
    void aReturnedReportStaysOnMyTasksWithItsReasonUntilSubmittedAgain() throws Exception {
        open(lastMonth, LocalDate.now().plusDays(1));
        ProgressReport filed = progress.create(
                unit.user(),
                measure.id(),
                lastMonth,
                "上月进展",
                taizhang.ledger.MeasureStatus.IN_PROGRESS,
                List.of(),
                true);
        progress.returnToUnit(office.user(), filed.id(), filed.version(), "缺少佐证材料");
        open(YearMonth.now().toString(), LocalDate.now().plusDays(20));

        String my = html(unit, "/my");
        assertThat(my).contains("整改办退回：缺少佐证材料", lastMonth + " 进展情况", "name=\"reportId\" value=\"" + filed.id());
        assertThat(html(office, "/cycles?campaign=" + campaign + "&period=" + lastMonth))
                .contains("退回未重报", "缺少佐证材料");
    }

    @Test
    void theOfficeMayLeaveTheContinuingMeasuresOutOfAMonthlyCycle() throws Exception {
        Measure continuing = ledger.measure(
                office.user(),
                ledger.problem(office.user(), campaign).id(),
                "长期坚持",
                fixtures.org("昆都仑区").id(),
                List.of(),
                null,
                taizhang.ledger.MeasureType.CONTINUING);
        open(lastMonth, LocalDate.now().plusDays(3), "skipContinuing");
        assertThat(html(office, "/cycles?campaign=" + campaign)).contains("本期不报送 1 项措施");
        String my = html(unit, "/my");
        assertThat(card(my, measure)).contains("name=\"period\" value=\"" + lastMonth + "\"");
        assertThat(card(my, continuing))
                .as("left out of the cycle, it files for this month")
                .contains("name=\"period\" value=\"" + YearMonth.now() + "\"");
    }

    @Test
    void theOfficeRemindsAUnitAndOnlyTheOfficeMayOpenThePage() throws Exception {
        open(lastMonth, LocalDate.now().minusDays(1));
        String page = html(office, "/cycles?campaign=" + campaign);
        assertThat(page).contains("已逾期 1 天", "催报全部逾期单位");
        MvcResult reminded = mvc.perform(post("/cycles/remind")
                        .header("Authorization", office.bearer())
                        .header("HX-Request", "true")
                        .param("campaign", String.valueOf(campaign))
                        .param("period", lastMonth)
                        .param("target", "LATE"))
                .andReturn();
        assertThat(reminded.getResponse().getHeader("HX-Redirect"))
                .isEqualTo("/cycles?campaign=" + campaign + "&period=" + lastMonth);
        assertThat((java.util.Map<String, Object>) reminded.getFlashMap())
                .containsEntry("message", "已向 1 个单位发出催报")
                .containsEntry("messageAt", "cycle-" + lastMonth);
        assertThat(html(unit, "/my")).contains("id=\"reminders\"", "尚有 1 项措施未报送", "已逾期 1 天");

        assertThat(requests.send(unit, get("/cycles")).getStatus()).isEqualTo(403);
        assertThat(requests.send(
                                unit,
                                post("/cycles/close")
                                        .param("campaign", String.valueOf(campaign))
                                        .param("period", lastMonth))
                        .getStatus())
                .isIn(403, 404);
    }

    /** The measure's card on 我的任务. */
    private static String card(String page, Measure m) {
        String start = page.substring(page.indexOf("id=\"measure-" + m.id() + "\""));
        return start.substring(0, start.indexOf("</article>"));
    }

    /** The office opens the period's cycle from the page's form; {@code flags} are its checkboxes set. */
    private MockHttpServletResponse open(String period, LocalDate due, String... flags) throws Exception {
        MockHttpServletRequestBuilder form = openForm(period, due);
        for (String flag : flags) {
            form.param(flag, "true");
        }
        return requests.send(office, form);
    }

    /** The open form's fields, as the page posts them. */
    private MockHttpServletRequestBuilder openForm(String period, LocalDate due) {
        return post("/cycles/open")
                .param("campaign", String.valueOf(campaign))
                .param("period", period)
                .param("dueDate", due.toString());
    }

    private String html(Actor actor, String path) throws Exception {
        MockHttpServletResponse response = requests.send(actor, get(path));
        assertThat(response.getStatus())
                .as(path + " " + response.getContentAsString())
                .isEqualTo(200);
        return response.getContentAsString();
    }
}
