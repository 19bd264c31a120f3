package taizhang.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import taizhang.ledger.Campaign;
import taizhang.ledger.Measure;
import taizhang.org.OrgService;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;
import taizhang.support.PageRequests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administrator keeps the organisation tree: create, move (with the subtree, never under
 * itself; the ledger's unit scope and the users' paths follow), deactivate (not while people or
 * children are active there), and import a sheet with a 上级单位 column, all or nothing.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationAdminIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PageRequests requests;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    OrgService organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private long create(Actor admin, long parentId, String name) throws Exception {
        MockHttpServletResponse created = requests.perform(post("/api/v1/organisations")
                .header("Authorization", admin.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"parentId\":" + parentId + ",\"name\":\"" + name + "\",\"kind\":\"DEPARTMENT\"}"));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        return json.readTree(created.getContentAsString()).get("id").asLong();
    }

    private MockHttpServletResponse move(Actor admin, long id, long parentId) throws Exception {
        return requests.perform(post("/api/v1/organisations/" + id + "/move")
                .header("Authorization", admin.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"parentId\":" + parentId + "}"));
    }

    private List<Long> unitRows(long measureId) {
        return jdbc.sql("select org_id from measure_unit where measure_id = :m order by org_id")
                .param("m", measureId)
                .query(Long.class)
                .list();
    }

    @Test
    void aMovedSubtreeTakesItsMeasuresAndItsPeopleAlong() throws Exception {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long tongliao = fixtures.org("通辽市").id();
        long chifeng = fixtures.org("赤峰市").id();
        long bureau = create(admin, tongliao, "通辽市工作局-" + tag);
        long office2 = create(admin, bureau, "通辽市工作局科室-" + tag);
        Campaign campaign = ledger.campaign(office.user());
        Measure measure = ledger.measure(
                office.user(), ledger.problem(office.user(), campaign.id()).id(), office2);
        assertThat(unitRows(measure.id())).containsExactlyInAnyOrder(tongliao, bureau, office2);
        Actor clerk = fixtures.actor("通辽市工作局科室-" + tag, Role.UNIT);
        assertThat(requests.perform(get("/api/v1/measures/" + measure.id()).header("Authorization", clerk.bearer()))
                        .getStatus())
                .isEqualTo(200);

        MockHttpServletResponse moved = move(admin, bureau, chifeng);
        assertThat(moved.getStatus()).as(moved.getContentAsString()).isEqualTo(200);

        assertThat(unitRows(measure.id())).containsExactlyInAnyOrder(chifeng, bureau, office2);
        assertThat(organisations.find(office2).orElseThrow().path())
                .isEqualTo(fixtures.org("赤峰市").path() + bureau + "/" + office2 + "/");
        JsonNode me = json.readTree(requests.perform(get("/api/v1/me").header("Authorization", clerk.bearer()))
                .getContentAsString());
        assertThat(me.get("organisationPath").asString())
                .startsWith(fixtures.org("赤峰市").path());
        Actor tongliaoLeader = fixtures.actor("通辽市", Role.LEADER);
        assertThat(requests.perform(get("/api/v1/measures/" + measure.id())
                                .header("Authorization", tongliaoLeader.bearer()))
                        .getStatus())
                .isEqualTo(404);
        Actor chifengLeader = fixtures.actor("赤峰市", Role.LEADER);
        assertThat(requests.perform(
                                get("/api/v1/measures/" + measure.id()).header("Authorization", chifengLeader.bearer()))
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void aNodeNeverMovesUnderItselfAndOnlyTheAdministratorMovesIt() throws Exception {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long top = create(admin, fixtures.org("乌海市").id(), "乌海市上-" + tag);
        long below = create(admin, top, "乌海市下-" + tag);

        MockHttpServletResponse underChild = move(admin, top, below);
        assertThat(underChild.getStatus()).isEqualTo(400);
        assertThat(underChild.getContentAsString()).contains("不能把");
        assertThat(move(admin, top, top).getStatus()).isEqualTo(400);
        assertThat(move(admin, fixtures.org("内蒙古自治区").id(), top).getStatus()).isEqualTo(400);
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        assertThat(move(office, below, fixtures.org("包头市").id()).getStatus()).isEqualTo(403);
        Actor cityAdmin = fixtures.actor("乌海市", Role.ADMIN);
        assertThat(move(cityAdmin, below, fixtures.org("包头市").id()).getStatus()).isEqualTo(404);
        assertThat(organisations.find(below).orElseThrow().parentId()).isEqualTo(top);
    }

    @Test
    void aNodeIsDeactivatedOnlyWhenNothingLiveRemainsAndThenTakesNothingNew() throws Exception {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long parent = create(admin, fixtures.org("包头市").id(), "包头市撤并局-" + tag);
        long child = create(admin, parent, "包头市撤并科-" + tag);
        Actor clerk = fixtures.actor("包头市撤并科-" + tag, Role.UNIT);
        var deactivate = (java.util.function.LongFunction<MockHttpServletRequestBuilder>)
                id -> post("/api/v1/organisations/" + id + "/deactivate").header("Authorization", admin.bearer());

        MockHttpServletResponse withChild = requests.perform(deactivate.apply(parent));
        assertThat(withChild.getStatus()).isEqualTo(409);
        assertThat(withChild.getContentAsString()).contains("包头市撤并科-" + tag);
        MockHttpServletResponse withUser = requests.perform(deactivate.apply(child));
        assertThat(withUser.getStatus()).isEqualTo(409);
        assertThat(withUser.getContentAsString()).contains("1 个启用的用户");
        assertThat(organisations.isActive(child)).isTrue();

        requests.perform(
                post("/api/v1/users/" + clerk.user().id() + "/disable").header("Authorization", admin.bearer()));
        assertThat(requests.perform(deactivate.apply(child)).getStatus()).isEqualTo(204);
        assertThat(requests.perform(deactivate.apply(parent)).getStatus()).isEqualTo(204);
        assertThat(organisations.isActive(child)).isFalse();

        MockHttpServletResponse newUser = requests.perform(post("/api/v1/users")
                .header("Authorization", admin.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"late-" + tag + "\",\"displayName\":\"迟到\",\"organisationId\":" + child
                        + ",\"roles\":[\"UNIT\"],\"password\":\"撤并之后-新用户-8841\"}"));
        assertThat(newUser.getStatus()).isEqualTo(400);
        assertThat(newUser.getContentAsString()).contains("已停用");
        assertThat(requests.perform(post("/api/v1/organisations")
                                .header("Authorization", admin.bearer())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"parentId\":" + child + ",\"name\":\"不该有-" + tag
                                        + "\",\"kind\":\"DEPARTMENT\"}"))
                        .getStatus())
                .isEqualTo(400);
        MockHttpServletResponse childFirst = requests.perform(
                post("/api/v1/organisations/" + child + "/activate").header("Authorization", admin.bearer()));
        assertThat(childFirst.getStatus()).isEqualTo(400);
        assertThat(jdbc.sql(
                                "select count(*) from audit_event_view where action = 'org.deactivate' and object_id in (:ids)")
                        .param("ids", List.of(parent, child))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    private static byte[] sheet(String[]... rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("单位");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private MockHttpServletResponse upload(Actor admin, byte[] file) throws Exception {
        return mvc.perform(multipart("/api/v1/organisations/import")
                        .file(new MockMultipartFile("file", "单位.xlsx", "application/octet-stream", file))
                        .header("Authorization", admin.bearer()))
                .andReturn()
                .getResponse();
    }

    @Test
    void aSheetWithAnyFaultImportsNothingAndNamesEveryFaultyRow() throws Exception {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        String t = UUID.randomUUID().toString().substring(0, 6);
        byte[] faulty = sheet(
                new String[] {"单位名称", "上级单位", "类型", "行政区划代码"},
                new String[] {"锡林郭勒乡-" + t, "锡林郭勒盟", "旗县区", ""},
                new String[] {"", "锡林郭勒盟", "", ""},
                new String[] {"无上级-" + t, "没有这个单位-" + t, "", ""},
                new String[] {"锡林郭勒乡-" + t, "锡林郭勒盟", "", ""},
                new String[] {"代码错-" + t, "锡林郭勒盟", "", "12ab"},
                new String[] {"赤峰市", "通辽市", "", ""});

        MockHttpServletResponse refused = upload(admin, faulty);
        assertThat(refused.getStatus()).isEqualTo(400);
        List<String> errors = json.readTree(refused.getContentAsString())
                .get("errors")
                .valueStream()
                .map(e -> e.get("message").asString())
                .toList();
        assertThat(errors)
                .hasSize(5)
                .anySatisfy(e -> assertThat(e).startsWith("第 3 行").contains("单位名称为空"))
                .anySatisfy(e -> assertThat(e).startsWith("第 4 行").contains("没有这个单位-" + t))
                .anySatisfy(e -> assertThat(e).startsWith("第 5 行").contains("第 2 行"))
                .anySatisfy(e -> assertThat(e).startsWith("第 6 行").contains("行政区划代码"))
                .anySatisfy(e -> assertThat(e).startsWith("第 7 行").contains("已存在"));
        assertThat(organisations.findByName("锡林郭勒乡-" + t)).isEmpty();

        byte[] good = sheet(
                new String[] {"上级单位", "单位名称", "行政区划代码"},
                new String[] {"阿拉善" + t + "新区", "阿拉善新区办-" + t, ""},
                new String[] {"阿拉善盟", "阿拉善" + t + "新区", "152999"},
                new String[] {"阿拉善盟", "阿拉善盟", ""});
        assertThat(upload(admin, good).getStatus()).isEqualTo(400);
        byte[] fixed = sheet(
                new String[] {"上级单位", "单位名称", "行政区划代码"},
                new String[] {"阿拉善" + t + "新区", "阿拉善新区办-" + t, ""},
                new String[] {"阿拉善盟", "阿拉善" + t + "新区", "152999"},
                new String[] {"内蒙古自治区", "阿拉善盟", ""});
        MockHttpServletResponse imported = upload(admin, fixed);
        assertThat(imported.getStatus()).as(imported.getContentAsString()).isEqualTo(200);
        assertThat(json.readTree(imported.getContentAsString()).get("created").asInt())
                .isEqualTo(2);
        assertThat(json.readTree(imported.getContentAsString()).get("unchanged").asInt())
                .isEqualTo(1);
        var district = organisations.findByName("阿拉善" + t + "新区").orElseThrow();
        assertThat(district.parentId()).isEqualTo(fixtures.org("阿拉善盟").id());
        assertThat(district.kind()).isEqualTo(taizhang.org.OrgKind.COUNTY);
        assertThat(district.adminCode()).isEqualTo("152999");
        assertThat(organisations.findByName("阿拉善新区办-" + t).orElseThrow().parentId())
                .isEqualTo(district.id());

        MockHttpServletResponse again = upload(admin, fixed);
        assertThat(json.readTree(again.getContentAsString()).get("created").asInt())
                .isZero();
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        assertThat(upload(office, fixed).getStatus()).isEqualTo(403);
        assertThat(upload(admin, "不是表格".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .getStatus())
                .isEqualTo(400);
    }
}
