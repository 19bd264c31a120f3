package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import taizhang.audit.AuditEvent;
import taizhang.audit.AuditTrail;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.PageRequests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The office keeps its ledger by hand through the API: an empty campaign filled by hand, every
 * field of a measure edited with optimistic locking and audited field by field, measures and
 * problems removed with a reason (out of the ledger, statistics, notice and cycles; hidden from
 * the units) and restored, a campaign renamed and archived (read-only, out of the default list).
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class LedgerByHandIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PageRequests requests;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JsonMapper json;

    @Autowired
    AuditTrail audit;

    private Actor office;
    private Actor tongliao;
    private long campaign;
    private long problem;
    private long kept;
    private long measure;

    @BeforeEach
    void emptyCampaignFilledByHand() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        tongliao = fixtures.actor("通辽市", Role.UNIT);
        campaign = id(requests.as(office, post("/api/v1/campaigns"), "{\"name\":\"手工台账\"}"));
        problem = id(requests.as(
                office, post("/api/v1/campaigns/" + campaign + "/problems"), "{\"number\":1,\"title\":\"生态问题\"}"));
        kept = id(requests.as(
                office,
                post("/api/v1/problems/" + problem + "/measures"),
                "{\"title\":\"保留的措施\",\"leadOrgId\":" + org("赤峰市") + ",\"deadline\":\"2099-06-30\"}"));
        measure = id(requests.as(
                office,
                post("/api/v1/problems/" + problem + "/measures"),
                "{\"title\":\"整治河道\",\"leadOrgId\":" + org("通辽市") + ",\"deadline\":\"2099-12-31\"}"));
    }

    @Test
    void theOfficeEditsEveryFieldOnceAndAStaleVersionIsRefused() throws Exception {
        String edit = "{\"version\":0,\"title\":\"整治西辽河河道\",\"leadOrgId\":" + org("赤峰市") + ",\"coUnitIds\":["
                + org("通辽市") + "],\"responsibleLeader\":\"王副主席\",\"deadline\":\"2099-03-31\",\"type\":\"IMMEDIATE\"}";
        requests.as(office, put("/api/v1/measures/" + measure), edit)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("整治西辽河河道"))
                .andExpect(jsonPath("$.leadOrgId").value(org("赤峰市")))
                .andExpect(jsonPath("$.coUnitIds[0]").value(org("通辽市")))
                .andExpect(jsonPath("$.responsibleLeader").value("王副主席"))
                .andExpect(jsonPath("$.deadline").value("2099-03-31"))
                .andExpect(jsonPath("$.type").value("IMMEDIATE"))
                .andExpect(jsonPath("$.version").value(1));
        List<AuditEvent> edits = audit.history("measure", measure).stream()
                .filter(e -> e.action().equals("measure.edit"))
                .toList();
        assertThat(edits).hasSize(6);
        assertThat(edits)
                .extracting(AuditEvent::afterJson)
                .anyMatch(after -> after.contains("牵头单位") && after.contains("赤峰市"))
                .anyMatch(after -> after.contains("整改类型") && after.contains("立行立改"));

        requests.as(office, put("/api/v1/measures/" + measure), edit.replace("王副主席", "李主任"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("整改措施已被他人修改，请刷新后重试"))
                .andExpect(jsonPath("$.id").value(measure));
        requests.as(tongliao, put("/api/v1/measures/" + measure), edit.replace("\"version\":0", "\"version\":1"))
                .andExpect(status().isForbidden());
        requests.as(office, put("/api/v1/measures/" + measure), "{\"version\":1,\"title\":\" \"}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void aRemovedMeasureLeavesTheLedgerStatisticsAndCyclesUntilRestored() throws Exception {
        openCycle();
        requests.as(office, post("/api/v1/measures/" + measure + "/remove"), "{\"version\":0,\"reason\":\"  \"}")
                .andExpect(status().isBadRequest());
        requests.as(tongliao, post("/api/v1/measures/" + measure + "/remove"), "{\"version\":0,\"reason\":\"重复\"}")
                .andExpect(status().isForbidden());
        requests.as(office, post("/api/v1/measures/" + measure + "/remove"), "{\"version\":0,\"reason\":\"与第1项重复\"}")
                .andExpect(status().isOk());

        assertThat(ledger(office)).containsExactly(kept);
        assertThat(statistics().get("measures").get("total").asInt()).isEqualTo(1);
        assertThat(obligations()).containsExactly(kept);
        requests.as(tongliao, get("/api/v1/measures/" + measure)).andExpect(status().isNotFound());
        requests.as(office, get("/api/v1/measures/" + measure + "/rights"))
                .andExpect(jsonPath("$.removed.reason").value("与第1项重复"))
                .andExpect(jsonPath("$.edit").value(false))
                .andExpect(jsonPath("$.moves.length()").value(0));
        requests.as(office, get("/api/v1/campaigns/" + campaign + "/removed-measures"))
                .andExpect(jsonPath("$[0].id").value(measure))
                .andExpect(jsonPath("$[0].removal.reason").value("与第1项重复"));
        requests.as(office, post("/api/v1/measures/" + measure + "/start"), "{\"version\":1}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("措施已移除，不能修改；如需修改请先恢复"));

        requests.as(office, post("/api/v1/measures/" + measure + "/restore"), "{\"version\":1}")
                .andExpect(status().isOk());
        assertThat(ledger(office)).containsExactlyInAnyOrder(kept, measure);
        assertThat(ledger(tongliao)).containsExactly(measure);
        assertThat(statistics().get("measures").get("total").asInt()).isEqualTo(2);
        assertThat(obligations()).containsExactlyInAnyOrder(kept, measure);
        assertThat(audit.history("measure", measure))
                .extracting(AuditEvent::action)
                .containsSubsequence("measure.create", "measure.remove", "measure.restore");
    }

    @Test
    void aRemovedProblemTakesItsMeasuresAndBringsThemBack() throws Exception {
        requests.as(office, post("/api/v1/measures/" + kept + "/remove"), "{\"version\":0,\"reason\":\"单独移除\"}")
                .andExpect(status().isOk());
        requests.as(office, post("/api/v1/problems/" + problem + "/remove"), "{\"version\":0,\"reason\":\"反馈意见已撤回\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.removal.reason").value("反馈意见已撤回"));
        assertThat(ledger(office)).isEmpty();
        requests.as(office, get("/api/v1/campaigns/" + campaign + "/problems"))
                .andExpect(jsonPath("$.length()").value(0));
        requests.as(office, get("/api/v1/campaigns/" + campaign + "/problems?removed=true"))
                .andExpect(jsonPath("$[0].id").value(problem));
        requests.as(office, post("/api/v1/measures/" + measure + "/restore"), "{\"version\":1}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("所属问题已移除，不能修改；如需修改请先恢复"));

        requests.as(office, post("/api/v1/problems/" + problem + "/restore"), "{\"version\":1}")
                .andExpect(status().isOk());
        assertThat(ledger(office))
                .as("the measure removed on its own stays removed")
                .containsExactly(measure);
        assertThat(audit.history("problem", problem))
                .extracting(AuditEvent::action)
                .containsSubsequence("problem.create", "problem.remove", "problem.restore");
    }

    @Test
    void anArchivedCampaignIsReadOnlyAndOutOfTheDefaultList() throws Exception {
        requests.as(office, post("/api/v1/campaigns/" + campaign + "/rename"), "{\"version\":0,\"name\":\"2021年巡视整改\"}")
                .andExpect(jsonPath("$.name").value("2021年巡视整改"));
        requests.as(office, post("/api/v1/campaigns/" + campaign + "/archive"), "{\"version\":0}")
                .andExpect(status().isConflict());
        requests.as(office, post("/api/v1/campaigns/" + campaign + "/archive"), "{\"version\":1}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.archivedAt").isNotEmpty());

        assertThat(campaignIds("/api/v1/campaigns")).doesNotContain(campaign);
        assertThat(campaignIds("/api/v1/campaigns?archived=true")).contains(campaign);
        requests.as(office, get("/api/v1/measures/" + measure)).andExpect(status().isOk());
        requests.as(office, post("/api/v1/measures/" + measure + "/start"), "{\"version\":0}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("整改任务“2021年巡视整改”已归档，只能查看；如需修改请先取消归档"));
        requests.as(office, post("/api/v1/campaigns/" + campaign + "/problems"), "{\"number\":2,\"title\":\"新问题\"}")
                .andExpect(status().isConflict());

        requests.as(office, post("/api/v1/campaigns/" + campaign + "/unarchive"), "{\"version\":2}")
                .andExpect(status().isOk());
        requests.as(office, post("/api/v1/measures/" + measure + "/start"), "{\"version\":0}")
                .andExpect(status().isOk());
    }

    @Test
    void theOperationsAreInTheOpenApiDocument() throws Exception {
        JsonNode paths = requests.body(mvc.perform(get("/api/v1/openapi"))).get("paths");
        assertThat(paths.get("/api/v1/measures/{id}").has("put")).isTrue();
        for (String path : List.of(
                "/api/v1/measures/{id}/remove",
                "/api/v1/measures/{id}/restore",
                "/api/v1/problems/{id}/remove",
                "/api/v1/problems/{id}/restore",
                "/api/v1/campaigns/{id}/rename",
                "/api/v1/campaigns/{id}/archive",
                "/api/v1/campaigns/{id}/unarchive")) {
            assertThat(paths.get(path).has("post")).as(path).isTrue();
        }
        assertThat(paths.get("/api/v1/campaigns/{id}/removed-measures").has("get"))
                .isTrue();
    }

    private void openCycle() throws Exception {
        requests.as(
                        office,
                        post("/api/v1/campaigns/" + campaign + "/cycles"),
                        "{\"period\":\"" + YearMonth.now() + "\",\"dueDate\":\""
                                + LocalDate.now().plusDays(10) + "\"}")
                .andExpect(status().isCreated());
    }

    private List<Long> obligations() throws Exception {
        return requests
                .body(requests.as(
                        office, get("/api/v1/campaigns/" + campaign + "/cycles/" + YearMonth.now() + "/obligations")))
                .findValues("measureId")
                .stream()
                .map(JsonNode::asLong)
                .toList();
    }

    private List<Long> ledger(Actor actor) throws Exception {
        return requests.body(requests.as(actor, get("/api/v1/measures?campaignId=" + campaign)))
                .get("items")
                .valueStream()
                .map(m -> m.get("measure").get("id").asLong())
                .toList();
    }

    private List<Long> campaignIds(String path) throws Exception {
        return requests.body(requests.as(office, get(path)))
                .valueStream()
                .map(c -> c.get("id").asLong())
                .toList();
    }

    private JsonNode statistics() throws Exception {
        return requests.body(requests.as(office, get("/api/v1/campaigns/" + campaign + "/statistics")));
    }

    private long org(String name) {
        return fixtures.org(name).id();
    }

    private long id(ResultActions result) throws Exception {
        return requests.body(result.andExpect(status().isCreated())).get("id").asLong();
    }
}
