package taizhang.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
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
 * 单位别名: the office or the administrator adds and removes the other names a unit goes by; the
 * next import matches a report's units against them. Audited; others are refused.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class OrgAliasesIntegrationTest {

    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳";

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

    @Test
    void theNextImportMatchesAUnitByTheAliasTheOfficeAdded() throws Exception {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Actor unit = fixtures.actor("赤峰市", Role.UNIT);
        String tag = tag();
        long root = fixtures.org("内蒙古自治区").id();
        long bureau = json.readTree(requests.perform(post("/api/v1/organisations")
                                .header("Authorization", admin.bearer())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"parentId\":" + root + ",\"name\":\"内蒙古自治区" + tag
                                        + "事务服务中心\",\"kind\":\"DEPARTMENT\"}"))
                        .getContentAsString())
                .get("id")
                .asLong();
        String alias = tag + "中心";
        assertThat(leadOf(office, alias)).isNull();

        assertThat(addAlias(unit, bureau, alias).getStatus()).isEqualTo(404);
        MockHttpServletResponse added = addAlias(office, bureau, alias);
        assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(200);
        assertThat(json.readTree(added.getContentAsString()).get(0).asText()).isEqualTo(alias);
        assertThat(addAlias(office, bureau, alias).getStatus()).isEqualTo(409);
        assertThat(addAlias(office, bureau, " ").getStatus()).isEqualTo(400);

        assertThat(leadOf(office, alias)).isEqualTo(bureau);

        assertThat(requests.perform(get("/admin/organisations/" + bureau).header("Authorization", admin.bearer()))
                        .getContentAsString())
                .contains("<span class=\"alias\">" + alias + "</span>");
        assertThat(requests.perform(post("/admin/organisations/" + bureau + "/aliases/remove")
                                .header("Authorization", admin.bearer())
                                .param("alias", alias))
                        .getStatus())
                .isEqualTo(302);
        assertThat(json.readTree(requests.perform(get("/api/v1/organisations/" + bureau + "/aliases")
                                .header("Authorization", office.bearer()))
                        .getContentAsString()))
                .isEmpty();
        assertThat(requests.perform(post("/admin/organisations/" + bureau + "/aliases")
                                .header("Authorization", admin.bearer())
                                .param("alias", alias))
                        .getStatus())
                .isEqualTo(302);
        assertThat(requests.perform(delete("/api/v1/organisations/" + bureau + "/aliases/" + alias)
                                .header("Authorization", office.bearer()))
                        .getStatus())
                .isEqualTo(200);
        assertThat(audit.history("organisation", bureau))
                .extracting(AuditEvent::action)
                .containsSubsequence("org.alias-add", "org.alias-remove", "org.alias-add", "org.alias-remove");
    }

    /** The lead unit the draft proposes for a measure that names {@code unit} as its lead. */
    private Long leadOf(Actor office, String unit) throws Exception {
        String report = "（一）加强组织领导\n1.落实整改责任。一是由" + unit + "牵头建立工作专班，逐项销号" + System.nanoTime() + "。\n";
        MockHttpServletResponse upload = requests.perform(multipart("/api/v1/imports")
                .file(new MockMultipartFile(
                        "file", "aliases.txt", "text/plain", report.getBytes(StandardCharsets.UTF_8)))
                .param("campaignName", "别名")
                .header("Authorization", office.bearer()));
        assertThat(upload.getStatus()).as(upload.getContentAsString()).isEqualTo(201);
        long id = json.readTree(upload.getContentAsString()).get("id").asLong();
        JsonNode measure = json.readTree(
                        requests.perform(get("/api/v1/imports/" + id).header("Authorization", office.bearer()))
                                .getContentAsString())
                .at("/draft/problems/0/measures/0");
        JsonNode lead = measure.path("leadOrgId");
        assertThat(measure.path("text").asText()).contains("由" + unit + "牵头");
        return lead.isNumber() ? lead.asLong() : null;
    }

    private MockHttpServletResponse addAlias(Actor actor, long org, String alias) throws Exception {
        return requests.perform(post("/api/v1/organisations/" + org + "/aliases")
                .header("Authorization", actor.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"alias\":\"" + alias + "\"}"));
    }

    /** A name part no other test uses: aliases are unique across the tree. */
    private static String tag() {
        StringBuilder tag = new StringBuilder();
        for (char c : Long.toHexString(System.nanoTime()).substring(6).toCharArray()) {
            tag.append(STEMS.charAt(Character.digit(c, 16)));
        }
        return tag.toString();
    }
}
