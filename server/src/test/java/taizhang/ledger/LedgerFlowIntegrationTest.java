package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.shared.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reporting loop through the API: create, report, return, resubmit, accept, close. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class LedgerFlowIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JsonMapper json;

    @Test
    void unitReportsOfficeReturnsAcceptsAndCloses() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Actor tongliao = fixtures.actor("通辽市", Role.UNIT);
        long tongliaoId = fixtures.org("通辽市").id();

        long campaign = id(send(office, "/api/v1/campaigns", "{\"name\":\"流程测试\",\"reportYear\":2021}"));
        long problem = id(send(office, "/api/v1/campaigns/" + campaign + "/problems", "{\"number\":1,\"title\":\"问题\"}"));
        long measure = id(send(office, "/api/v1/problems/" + problem + "/measures",
                "{\"title\":\"新建5G基站\",\"leadOrgId\":" + tongliaoId + ",\"deadline\":\"2099-12-31\"}"));
        long indicator = id(send(office, "/api/v1/measures/" + measure + "/indicators",
                "{\"name\":\"新建5G基站\",\"unit\":\"个\",\"target\":10000}"));

        JsonNode report = body(send(tongliao, "/api/v1/measures/" + measure + "/reports",
                "{\"period\":\"2021-08\",\"body\":\"已建成5772个\",\"claimedStatus\":\"DONE\",\"submit\":true,"
                        + "\"figures\":[{\"indicatorId\":" + indicator + ",\"value\":5772}]}")
                .andExpect(status().isCreated()));
        long reportId = report.get("id").asLong();
        assertThat(report.get("status").asText()).isEqualTo("SUBMITTED");

        send(office, "/api/v1/reports/" + reportId + "/return", "{\"version\":1,\"reason\":\"缺少佐证材料\"}")
                .andExpect(jsonPath("$.status").value("RETURNED"));
        send(tongliao, "/api/v1/reports/" + reportId + "/submit", "{\"version\":2}")
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        send(office, "/api/v1/reports/" + reportId + "/accept", "{\"version\":3}")
                .andExpect(jsonPath("$.status").value("ACCEPTED"));

        mvc.perform(get("/api/v1/indicators/" + indicator).header("Authorization", tongliao.bearer()))
                .andExpect(jsonPath("$.completionRate").value(57.72));
        JsonNode done = body(mvc.perform(get("/api/v1/measures/" + measure).header("Authorization", office.bearer())));
        assertThat(done.get("status").asText()).isEqualTo("DONE");

        send(office, "/api/v1/measures/" + measure + "/status",
                "{\"version\":" + done.get("version").asInt() + ",\"status\":\"CLOSED\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
    }

    private ResultActions send(Actor actor, String path, String body) throws Exception {
        return mvc.perform(post(path).header("Authorization", actor.bearer()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private long id(ResultActions result) throws Exception {
        return body(result.andExpect(status().isCreated())).get("id").asLong();
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }
}
