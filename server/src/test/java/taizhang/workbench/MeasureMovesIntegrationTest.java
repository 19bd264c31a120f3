package taizhang.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * The office's moves on the measure page: the buttons shown are the moves the user may make,
 * a refused move lands in the flash area and changes nothing, a made one reloads the page; the
 * page shows each unit's part.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class MeasureMovesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    MeasureService measures;

    @Autowired
    ProgressService progress;

    @Autowired
    MyPages myPages;

    private Actor office;
    private Actor tongliao;
    private Actor chifeng;
    private Measure measure;

    @BeforeEach
    void measureLedByTongliaoWithChifeng() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        tongliao = fixtures.actor("通辽市", Role.UNIT);
        chifeng = fixtures.actor("赤峰市", Role.UNIT);
        long problem = ledger.problem(
                        office.user(), ledger.campaign(office.user()).id())
                .id();
        measure = ledger.measure(
                office.user(),
                problem,
                "建立工作台账",
                fixtures.org("通辽市").id(),
                List.of(fixtures.org("赤峰市").id()),
                LocalDate.of(2099, 12, 31),
                MeasureType.DEADLINE);
    }

    @Test
    void theOfficeSeesItsMovesAndAUnitSeesNone() throws Exception {
        page(office)
                .andExpect(content().string(containsString("class=\"move-start\"")))
                .andExpect(content().string(containsString("class=\"move-done\"")))
                .andExpect(content().string(not(containsString("class=\"danger move-return\""))));
        page(tongliao).andExpect(content().string(not(containsString("id=\"moves\""))));
    }

    @Test
    void aMoveMadeReloadsThePage() throws Exception {
        mvc.perform(move(office, "START").param("version", "0").header("HX-Request", "true"))
                .andExpect(status().isNoContent())
                .andExpect(header().string("HX-Redirect", "/measures/" + measure.id()));
        assertThat(current().status()).isEqualTo(MeasureStatus.IN_PROGRESS);
        mvc.perform(move(office, "REPORT_DONE").param("version", "1").param("outcome", "SUBSTANTIALLY_DONE"))
                .andExpect(status().isSeeOther());
        assertThat(current().status()).isEqualTo(MeasureStatus.SUBSTANTIALLY_DONE);
        page(office).andExpect(content().string(containsString("class=\"danger move-return\"")));
    }

    @Test
    void aRefusedMoveLandsInTheFlashAreaAndChangesNothing() throws Exception {
        Measure done = measures.reportDone(office.user(), measure.id(), 0, MeasureStatus.DONE);
        mvc.perform(move(office, "RETURN")
                        .param("version", String.valueOf(done.version()))
                        .param("reason", " ")
                        .header("HX-Request", "true"))
                .andExpect(status().isConflict())
                .andExpect(header().string("HX-Retarget", "#flash"))
                .andExpect(content().string(containsString("退回必须写明理由")));
        mvc.perform(move(office, "CLOSE")
                        .param("version", String.valueOf(done.version()))
                        .header("HX-Request", "true"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("佐证材料")));
        mvc.perform(move(tongliao, "START").param("version", String.valueOf(done.version())))
                .andExpect(status().isForbidden());
        assertThat(current()).isEqualTo(done);
    }

    @Test
    void eachUnitsPartShowsAndOnlyTheLeadsMovesTheMeasure() throws Exception {
        accept(chifeng, MeasureStatus.DONE, "赤峰市承担部分已完成");
        assertThat(current().status()).isEqualTo(MeasureStatus.NOT_STARTED);
        accept(tongliao, MeasureStatus.IN_PROGRESS, "通辽市推进中");
        assertThat(current().status()).isEqualTo(MeasureStatus.IN_PROGRESS);

        page(office)
                .andExpect(content().string(containsString("id=\"unit-shares\"")))
                .andExpect(content()
                        .string(containsString(
                                "<th scope=\"row\">通辽市</th><td>牵头</td><td>" + myPages.period() + "</td><td>推进中</td>")))
                .andExpect(content()
                        .string(containsString(
                                "<th scope=\"row\">赤峰市</th><td>配合</td><td>" + myPages.period() + "</td><td>已完成</td>")));
    }

    private void accept(Actor unit, MeasureStatus claimed, String body) {
        ProgressReport report =
                progress.create(unit.user(), measure.id(), myPages.period(), body, claimed, List.of(), true);
        progress.accept(office.user(), report.id(), report.version());
    }

    private Measure current() {
        return measures.get(office.user(), measure.id());
    }

    private org.springframework.test.web.servlet.ResultActions page(Actor actor) throws Exception {
        return mvc.perform(get("/measures/" + measure.id()).header("Authorization", actor.bearer()))
                .andExpect(status().isOk());
    }

    private MockHttpServletRequestBuilder move(Actor actor, String move) {
        return post("/measures/" + measure.id() + "/moves/" + move).header("Authorization", actor.bearer());
    }
}
