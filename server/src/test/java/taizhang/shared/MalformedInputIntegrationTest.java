package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import taizhang.ledger.MeasureStatus;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.shared.RawHttp.Answer;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * The malformed requests the hostile-user run named (#18), each answered 400 with a Chinese
 * message, never 500 or 409, with nothing written. Through a real Tomcat, since some of them
 * are refused before Spring sees them.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputIntegrationTest {

    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    ProgressService progress;

    private RawHttp http;
    private Actor office;
    private Actor unit;
    private Actor admin;
    private long campaign;
    private long measure;
    private ProgressReport report;

    @BeforeAll
    void aReportOfAlashan() {
        http = new RawHttp(port);
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        unit = fixtures.actor("阿拉善盟", Role.UNIT);
        admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        campaign = ledger.campaign(office.user()).id();
        measure = ledger.measure(
                        office.user(),
                        ledger.problem(office.user(), campaign).id(),
                        fixtures.org("阿拉善盟").id())
                .id();
        report = progress.create(
                unit.user(), measure, YearMonth.now().toString(), "已治理", MeasureStatus.IN_PROGRESS, List.of(), false);
    }

    @Test
    void aStatusListWithAnEmptyItemIsRefused() throws Exception {
        Answer answer = send("GET", "/api/v1/measures?status=DONE,", office, null, null);
        assertRefused(answer, "状态");
    }

    @Test
    void aPasswordLongerThan72BytesIsRefusedByThePolicyNotByBcrypt() throws Exception {
        String password = "长密码Aa1!".repeat(10);
        assertRefused(
                send("POST", "/api/v1/users", admin, JSON, """
                        {"username":"long-pw","displayName":"长密码","organisationId":%d,"roles":["UNIT"],"password":"%s"}""".formatted(
                                fixtures.org("阿拉善盟").id(), password)),
                "密码最长 72 字节");
        String current = "password-" + unit.user().username();
        assertRefused(send("POST", "/api/v1/me/password", unit, JSON, """
                        {"currentPassword":"%s","newPassword":"%s"}""".formatted(current, password)), "密码最长 72 字节");
        Answer login = send("GET", "/login", null, null, null);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(csrf.find()).isTrue();
        Map<String, String> headers = Map.of(
                "Content-Type", FORM, "Cookie", login.header("Set-Cookie").split(";")[0]);
        String form = "username=" + unit.user().username() + "&password=" + encode("密".repeat(67)) + "&_csrf="
                + encode(csrf.group(1));
        Answer signIn = http.send("POST", "/login", headers, form.getBytes(StandardCharsets.UTF_8));
        assertThat(signIn.status()).isEqualTo(302);
        assertThat(signIn.header("Location")).endsWith("/login?error");
    }

    @Test
    void aNulInTextIsRefusedAsAnInvalidCharacterAndNothingIsWritten() throws Exception {
        String problems = "/api/v1/campaigns/" + campaign + "/problems";
        assertRefused(send("POST", problems, office, JSON, "{\"number\":9,\"title\":\"问题\\u0000标题\"}"), "含有无效字符");
        assertRefused(
                send("POST", "/my/measures/" + measure + "/report", unit, FORM, "body=" + encode("进展\u0000情况")),
                "进展情况含有无效字符");
        assertRefused(send("GET", "/ledger?q=" + encode("整改\u0001"), office, null, null), "关键词含有无效字符");
        assertThat(send("GET", problems, office, null, null).body()).doesNotContain("标题");
    }

    @Test
    void aTokenValidityBeyondTheMaximumIsRefused() throws Exception {
        assertRefused(
                send("POST", "/api/v1/me/tokens", office, JSON, "{\"name\":\"长期\",\"validDays\":99999999}"), "1 到");
        assertRefused(send("POST", "/api/v1/me/tokens", office, JSON, "{\"name\":\"长期\",\"validDays\":1e10}"), "");
    }

    @Test
    void theScriptSwitchSendsALineBreakHome() throws Exception {
        Answer answer = send("GET", "/script?to=hant&back=" + encode("/ledger\r\nSet-Cookie: x=1"), null, null, null);
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).endsWith("/");
        assertThat(answer.headers()).doesNotContainKey("x");
    }

    @Test
    void aReportFormWithoutItsVersionIsRefused() throws Exception {
        String form = "body=" + encode("进展") + "&reportId=" + report.id();
        assertRefused(send("POST", "/my/measures/" + measure + "/report", unit, FORM, form), "缺少版本号");
    }

    @Test
    void aBlankMoveInThePathIsRefused() throws Exception {
        assertRefused(send("POST", "/measures/" + measure + "/moves/%20", office, FORM, "version=0"), "缺少");
    }

    @Test
    void aListWithAnEmptyItemIsRefused() throws Exception {
        String edit = "{\"version\":%d,\"body\":\"进展\",\"claimedStatus\":\"IN_PROGRESS\",\"figures\":[null]}"
                .formatted(report.version());
        assertRefused(send("PUT", "/api/v1/reports/" + report.id(), unit, JSON, edit), "空项");
    }

    @Test
    void aYearBeyondFourDigitsIsRefused() throws Exception {
        String changes = "/api/v1/campaigns/" + campaign + "/changes.docx?from=2021-01-01&to=%2B999999999-12-31";
        assertRefused(send("GET", changes, office, null, null), "结束日期");
    }

    @Test
    void aMultipartBodySentAsAFormIsRefused() throws Exception {
        String body = "--b\r\nContent-Disposition: form-data; name=\"campaignName\"\r\n\r\n任务\r\n--b--\r\n";
        assertRefused(send("POST", "/imports", office, FORM, body), "不允许的参数名");
    }

    @Test
    void refusalsBeforeAnyHandlerAreInChineseToo() throws Exception {
        assertRefused(send("GET", "/api/v1/measures/1%2F2", office, null, null), "不允许的字符");
        assertRefused(send("GET", "/measures/1%2F2", office, null, null), "不允许的字符");
        assertRefused(send("GET", "/api/v1/measures/" + measure + "%0D%0A", office, null, null), "");
        Answer unsupported = send("POST", "/api/v1/imports", office, "text/plain", "x");
        assertThat(unsupported.status()).isEqualTo(415);
        assertThat(unsupported.body()).contains("内容类型");
        Answer error = send("GET", "/error", office, null, null);
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.body()).contains("没有这个页面");
    }

    private Answer send(String method, String target, Actor actor, String type, String body) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", target.startsWith("/api/") ? JSON : "text/html");
        if (actor != null) {
            headers.put("Authorization", actor.bearer());
        }
        if (type != null) {
            headers.put("Content-Type", type);
        }
        return http.send(method, target, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(Answer answer, String message) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body())
                .contains(message)
                .containsPattern("\\p{IsHan}")
                .doesNotContain("Exception")
                .doesNotContain("数据冲突");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
