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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import taizhang.audit.AuditEvent;
import taizhang.audit.AuditTrail;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
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
        campaign = id(send(post("/api/v1/campaigns"), office, "{\"name\":\"手工台账\"}"));
        problem = id(
                send(post("/api/v1/campaigns/" + campaign + "/problems"), office, "{\"number\":1,\"title\":\"生态问题\"}"));
        kept = id(send(
                post("/api/v1/problems/" + problem + "/measures"),
                office,
                "{\"title\":\"保留的措施\",\"leadOrgId\":" + org("赤峰市") + ",\"deadline\":\"2099-06-30\"}"));
        measure = id(send(
                post("/api/v1/problems/" + problem + "/measures"),
                office,
                "{\"title\":\"整治河道\",\"leadOrgId\":" + org("通辽市") + ",\"deadline\":\"2099-12-31\"}"));
    }

    @Test
    void theOfficeEditsEveryFieldOnceAndAStaleVersionIsRefused() throws Exception {
        String edit = "{\"version\":0,\"title\":\"整治西辽河河道\",\"leadOrgId\":" + org("赤峰市") + ",\"coUnitIds\":["
                + org("通辽市") + "],\"responsibleLeader\":\"王副主席\",\"deadline\":\"2099-03-31\",\"type\":\"IMMEDIATE\"}";
        send(put("/api/v1/measures/" + measure), office, edit)
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

        send(put("/api/v1/measures/" + measure), office, edit.replace("王副主席", "李主任"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("整改措施 " + measure + " 已被他人修改，请刷新后重试"));
        send(put("/api/v1/measures/" + measure), tongliao, edit.replace("\"version\":0", "\"version\":1"))
                .andExpect(status().isForbidden());
        send(put("/api/v1/measures/" + measure), office, "{\"version\":1,\"title\":\" \"}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void aRemovedMeasureLeavesTheLedgerStatisticsAndCyclesUntilRestored() throws Exception {
        openCycle();
        send(post("/api/v1/measures/" + measure + "/remove"), office, "{\"version\":0,\"reason\":\"  \"}")
                .andExpect(status().isBadRequest());
        send(post("/api/v1/measures/" + measure + "/remove"), tongliao, "{\"version\":0,\"reason\":\"重复\"}")
                .andExpect(status().isForbidden());
        send(post("/api/v1/measures/" + measure + "/remove"), office, "{\"version\":0,\"reason\":\"与第1项重复\"}")
                .andExpect(status().isOk());

        assertThat(ledger(office)).containsExactly(kept);
        assertThat(statistics().get("measures").get("total").asInt()).isEqualTo(1);
        assertThat(obligations()).containsExactly(kept);
        read(get("/api/v1/measures/" + measure), tongliao).andExpect(status().isNotFound());
        read(get("/api/v1/measures/" + measure + "/rights"), office)
                .andExpect(jsonPath("$.removed.reason").value("与第1项重复"))
                .andExpect(jsonPath("$.edit").value(false))
                .andExpect(jsonPath("$.moves.length()").value(0));
        read(get("/api/v1/campaigns/" + campaign + "/removed-measures"), office)
                .andExpect(jsonPath("$[0].id").value(measure))
                .andExpect(jsonPath("$[0].removal.reason").value("与第1项重复"));
        send(post("/api/v1/measures/" + measure + "/start"), office, "{\"version\":1}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("措施已移除，不能修改；如需修改请先恢复"));

        send(post("/api/v1/measures/" + measure + "/restore"), office, "{\"version\":1}")
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
        send(post("/api/v1/measures/" + kept + "/remove"), office, "{\"version\":0,\"reason\":\"单独移除\"}")
                .andExpect(status().isOk());
        send(post("/api/v1/problems/" + problem + "/remove"), office, "{\"version\":0,\"reason\":\"反馈意见已撤回\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.removal.reason").value("反馈意见已撤回"));
        assertThat(ledger(office)).isEmpty();
        read(get("/api/v1/campaigns/" + campaign + "/problems"), office)
                .andExpect(jsonPath("$.length()").value(0));
        read(get("/api/v1/campaigns/" + campaign + "/problems?removed=true"), office)
                .andExpect(jsonPath("$[0].id").value(problem));
        send(post("/api/v1/measures/" + measure + "/restore"), office, "{\"version\":1}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("所属问题已移除，不能修改；如需修改请先恢复"));

        send(post("/api/v1/problems/" + problem + "/restore"), office, "{\"version\":1}")
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
        send(post("/api/v1/campaigns/" + campaign + "/rename"), office, "{\"version\":0,\"name\":\"2021年巡视整改\"}")
                .andExpect(jsonPath("$.name").value("2021年巡视整改"));
        send(post("/api/v1/campaigns/" + campaign + "/archive"), office, "{\"version\":0}")
                .andExpect(status().isConflict());
        send(post("/api/v1/campaigns/" + campaign + "/archive"), office, "{\"version\":1}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.archivedAt").isNotEmpty());

        assertThat(campaignIds("/api/v1/campaigns")).doesNotContain(campaign);
        assertThat(campaignIds("/api/v1/campaigns?archived=true")).contains(campaign);
        read(get("/api/v1/measures/" + measure), office).andExpect(status().isOk());
        send(post("/api/v1/measures/" + measure + "/start"), office, "{\"version\":0}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("整改任务“2021年巡视整改”已归档，只能查看；如需修改请先取消归档"));
        send(post("/api/v1/campaigns/" + campaign + "/problems"), office, "{\"number\":2,\"title\":\"新问题\"}")
                .andExpect(status().isConflict());

        send(post("/api/v1/campaigns/" + campaign + "/unarchive"), office, "{\"version\":2}")
                .andExpect(status().isOk());
        send(post("/api/v1/measures/" + measure + "/start"), office, "{\"version\":0}")
                .andExpect(status().isOk());
    }

    @Test
    void theOperationsAreInTheOpenApiDocument() throws Exception {
        JsonNode paths = body(mvc.perform(get("/api/v1/openapi"))).get("paths");
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
        send(
                        post("/api/v1/campaigns/" + campaign + "/cycles"),
                        office,
                        "{\"period\":\"" + YearMonth.now() + "\",\"dueDate\":\""
                                + LocalDate.now().plusDays(10) + "\"}")
                .andExpect(status().isCreated());
    }

    private List<Long> obligations() throws Exception {
        return body(read(get("/api/v1/campaigns/" + campaign + "/cycles/" + YearMonth.now() + "/obligations"), office))
                .findValues("measureId")
                .stream()
                .map(JsonNode::asLong)
                .toList();
    }

    private List<Long> ledger(Actor actor) throws Exception {
        return body(read(get("/api/v1/measures?campaignId=" + campaign), actor))
                .get("items")
                .valueStream()
                .map(m -> m.get("measure").get("id").asLong())
                .toList();
    }

    private List<Long> campaignIds(String path) throws Exception {
        return body(read(get(path), office))
                .valueStream()
                .map(c -> c.get("id").asLong())
                .toList();
    }

    private JsonNode statistics() throws Exception {
        return body(read(get("/api/v1/campaigns/" + campaign + "/statistics"), office));
    }

    private long org(String name) {
        return fixtures.org(name).id();
    }

    private ResultActions send(MockHttpServletRequestBuilder request, Actor actor, String body) throws Exception {
        return mvc.perform(request.header("Authorization", actor.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions read(MockHttpServletRequestBuilder request, Actor actor) throws Exception {
        return mvc.perform(request.header("Authorization", actor.bearer()));
    }

    private long id(ResultActions result) throws Exception {
        return body(result.andExpect(status().isCreated())).get("id").asLong();
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }
}
