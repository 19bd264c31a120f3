package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;
import taizhang.support.PageRequests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Two offices edit one measure from the same version: the first write stands, the second gets 409. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class ConcurrentEditIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PageRequests requests;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    private MockHttpServletResponse assign(Actor actor, long measure, int version, long lead, String leader)
            throws Exception {
        return requests.send(
                actor,
                HttpMethod.PUT,
                "/api/v1/measures/" + measure + "/assignment",
                "{\"version\":" + version + ",\"leadOrgId\":" + lead + ",\"responsibleLeader\":\"" + leader
                        + "\",\"deadline\":\"2099-06-30\"}");
    }

    private JsonNode read(Actor actor, long measure) throws Exception {
        return requests.read(actor, get("/api/v1/measures/" + measure));
    }

    @Test
    void aStaleVersionGets409AndTheFirstWriteStands() throws Exception {
        Actor first = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Actor second = fixtures.actor("内蒙古自治区", Role.OFFICE);
        long campaign = ledger.campaign(first.user()).id();
        long measure = ledger.measure(
                        first.user(),
                        ledger.problem(first.user(), campaign).id(),
                        fixtures.org("通辽市").id())
                .id();

        int seenByFirst = read(first, measure).get("version").asInt();
        int seenBySecond = read(second, measure).get("version").asInt();
        assertThat(seenBySecond).isEqualTo(seenByFirst);

        MockHttpServletResponse won =
                assign(first, measure, seenByFirst, fixtures.org("赤峰市").id(), "甲");
        assertThat(won.getStatus()).isEqualTo(200);
        assertThat(json.readTree(won.getContentAsString()).get("version").asInt())
                .isEqualTo(seenByFirst + 1);
        long auditAfterFirst = jdbc.sql("select last_seq from audit_chain_head")
                .query(Long.class)
                .single();

        MockHttpServletResponse lost =
                assign(second, measure, seenBySecond, fixtures.org("乌海市").id(), "乙");
        assertThat(lost.getStatus()).isEqualTo(409);
        assertThat(lost.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = json.readTree(lost.getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(409);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isEqualTo("整改措施已被他人修改，请刷新后重试");
        assertThat(problem.get("id").asLong()).isEqualTo(measure);

        JsonNode stored = read(first, measure);
        assertThat(stored.get("version").asInt()).isEqualTo(seenByFirst + 1);
        assertThat(stored.get("leadOrgId").asLong())
                .isEqualTo(fixtures.org("赤峰市").id());
        assertThat(stored.get("responsibleLeader").asText()).isEqualTo("甲");
        assertThat(jdbc.sql("select responsible_leader from measure where id = :id")
                        .param("id", measure)
                        .query(String.class)
                        .single())
                .isEqualTo("甲");
        assertThat(jdbc.sql("select last_seq from audit_chain_head")
                        .query(Long.class)
                        .single())
                .as("the refused write left no event")
                .isEqualTo(auditAfterFirst);
    }
}
