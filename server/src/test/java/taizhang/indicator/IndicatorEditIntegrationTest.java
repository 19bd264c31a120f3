package taizhang.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import taizhang.audit.AuditEvent;
import taizhang.audit.AuditTrail;
import taizhang.ledger.Measure;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;
import taizhang.support.PageRequests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** 修改指标: the office renames an indicator the import cut short and sets its unit and target; audited, office only. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorEditIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PageRequests requests;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    IndicatorService indicators;

    @Autowired
    AuditTrail audit;

    @Autowired
    JsonMapper json;

    @Test
    void theOfficeEditsNameUnitAndTargetOthersAreRefused() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Actor unit = fixtures.actor("赤峰市", Role.UNIT);
        long campaign = ledger.campaign(office.user()).id();
        Measure measure = ledger.measure(
                office.user(),
                ledger.problem(office.user(), campaign).id(),
                fixtures.org("赤峰市").id());
        Indicator cut = indicators.create(office.user(), measure.id(), "对地表水超载区和", "", null, null);

        MockHttpServletResponse edited = requests.perform(edit(office, cut.id(), 0, "地表水超载区治理", "个", "12"));
        assertThat(edited.getStatus()).as(edited.getContentAsString()).isEqualTo(200);
        JsonNode after = json.readTree(edited.getContentAsString());
        assertThat(after.get("name").asText()).isEqualTo("地表水超载区治理");
        assertThat(after.get("unit").asText()).isEqualTo("个");
        assertThat(new BigDecimal(after.get("target").asText())).isEqualByComparingTo("12");

        assertThat(requests.perform(edit(office, cut.id(), 0, "再改", "个", "12")).getStatus())
                .isEqualTo(409);
        assertThat(requests.perform(edit(unit, cut.id(), 1, "单位改名", "个", "12")).getStatus())
                .isEqualTo(403);
        assertThat(requests.perform(edit(office, cut.id(), 1, "地表水超载区治理", "个", "-1"))
                        .getStatus())
                .isEqualTo(400);

        MockHttpServletResponse page = requests.perform(post("/indicators/" + cut.id() + "/edit")
                .header("Authorization", office.bearer())
                .param("version", "1")
                .param("name", "地表水超载区综合治理")
                .param("unit", "个")
                .param("target", ""));
        assertThat(page.getStatus()).isEqualTo(303);
        assertThat(page.getRedirectedUrl()).isEqualTo("/measures/" + measure.id() + "#indicator-" + cut.id());
        assertThat(indicators.get(office.user(), cut.id()).target()).isNull();
        assertThat(requests.perform(get("/measures/" + measure.id()).header("Authorization", office.bearer()))
                        .getContentAsString())
                .contains("地表水超载区综合治理")
                .contains("修改指标");
        assertThat(requests.perform(get("/measures/" + measure.id()).header("Authorization", unit.bearer()))
                        .getContentAsString())
                .doesNotContain("修改指标");
        assertThat(audit.history("indicator", cut.id()))
                .extracting(AuditEvent::action)
                .containsSubsequence("indicator.create", "indicator.edit", "indicator.edit");
    }

    private static MockHttpServletRequestBuilder edit(
            Actor actor, long id, int version, String name, String unit, String target) {
        return put("/api/v1/indicators/" + id)
                .header("Authorization", actor.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version + ",\"name\":\"" + name + "\",\"unit\":\"" + unit + "\",\"target\":"
                        + target + "}");
    }
}
