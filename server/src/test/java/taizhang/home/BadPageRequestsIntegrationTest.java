package taizhang.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import taizhang.indicator.IndicatorService;
import taizhang.ledger.MeasureStatus;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * Bad values in page addresses and forms, sent through a real Tomcat to the real page
 * controllers: each is answered 400 with a Chinese message naming the field and what it should
 * be — as an error page for a page request, in the flash area for htmx — and logs nothing above
 * DEBUG.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class BadPageRequestsIntegrationTest {

    private static final String BOUNDARY = "taizhang-bad-request";
    private static final String STATUSES = "可选：未启动、推进中、基本完成、已完成、已销号";
    private static final String DATE = "应为日期，格式如 2021-08-31";
    private static final Pattern LOGGED_TROUBLE = Pattern.compile("\\b(WARN|ERROR)\\b|\\tat ");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    ProgressService progress;

    @Autowired
    IndicatorService indicators;

    private final HttpClient http = HttpClient.newHttpClient();
    private Actor office;
    private Actor unit;
    private long campaign;
    private long measure;
    private long indicator;
    private ProgressReport report;

    /** A measure of 阿拉善盟 with an indicator and a report waiting for review. */
    @BeforeAll
    void aSubmittedReport() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        unit = fixtures.actor("阿拉善盟", Role.UNIT);
        campaign = ledger.campaign(office.user()).id();
        measure = ledger.measure(
                        office.user(),
                        ledger.problem(office.user(), campaign).id(),
                        fixtures.org("阿拉善盟").id())
                .id();
        indicator = indicators
                .create(office.user(), measure, "治理沙化土地", "亩", new BigDecimal("1000"), null)
                .id();
        report = progress.create(
                unit.user(),
                measure,
                java.time.YearMonth.now().toString(),
                "已治理",
                MeasureStatus.IN_PROGRESS,
                List.of(),
                true);
    }

    Stream<Case> badRequests() {
        String m = String.valueOf(measure);
        String r = String.valueOf(report.id());
        String v = String.valueOf(report.version());
        String c = String.valueOf(campaign);
        return Stream.of(
                get("/ledger", "状态“COMPLETED”无效，" + STATUSES, "status", "COMPLETED"),
                get("/ledger", "状态“COMPLETED”无效，" + STATUSES, "status", "IN_PROGRESS", "status", "COMPLETED"),
                get("/ledger", "状态“&lt;b&gt;”无效，" + STATUSES, "status", "<b>"),
                get("/ledger", "预警“ORANGE”无效，可选：绿、黄、红", "warning", "ORANGE"),
                get("/ledger", "类型“SOON”无效，可选：立行立改、限期整改、长期坚持", "type", "SOON"),
                get("/ledger", "起始日期“2021-13-45”无效，" + DATE, "from", "2021-13-45"),
                get("/ledger", "结束日期“明天”无效，" + DATE, "to", "明天"),
                get("/ledger", "整改任务“abc”无效，应为整数", "campaign", "abc"),
                get("/ledger", "分组“x”无效，应为整数", "section", "x"),
                get("/ledger", "责任单位“1.5”无效，应为整数", "unit", "1.5"),
                get("/ledger", "问题编号“三”无效，应为整数", "problemNo", "三"),
                get("/ledger", "页码“99999999999”超出范围", "page", "99999999999"),
                get("/ledger", "页码过大：第 2147483647 页", "page", "2147483647"),
                get("/ledger", "每页条数“many”无效，应为整数", "size", "many"),
                get("/ledger", "只看逾期“maybe”无效，应为 true 或 false", "overdue", "maybe"),
                get("/ledger", "不支持的排序字段：password", "sort", "password"),
                get("/ledger?q=%E7%90", "地址或表单中有无法读取的参数（字符编码有误或参数过多）"),
                get("/measures/abc", "编号“abc”无效，应为整数"),
                get("/measures/99999999999999999999", "编号“99999999999999999999”超出范围"),
                get("/evidence/abc", "编号“abc”无效，应为整数"),
                get("/imports/abc", "编号“abc”无效，应为整数"),
                get("/my", "页码“x”无效，应为整数", "page", "x"),
                get("/dashboard", "整改任务“abc”无效，应为整数", "campaign", "abc"),
                get("/reports", "整改任务“abc”无效，应为整数", "campaign", "abc"),
                get("/reports", "起始日期“2021-13-45”无效，" + DATE, "campaign", c, "from", "2021-13-45"),
                get("/reports/notice", "缺少整改任务"),
                get("/reports/notice", "截至日期“2021-02-30”无效，" + DATE, "campaign", c, "asOf", "2021-02-30"),
                get("/reports/notice", "公开版“maybe”无效，应为 true 或 false", "campaign", c, "public", "maybe"),
                post("/ledger/bulk", "牵头单位“abc”无效，应为整数", "setLead", "abc"),
                post("/ledger/bulk", "配合单位“x”无效，应为整数", "setCoUnits", "x"),
                post("/ledger/bulk", "整改时限“2021-13-45”无效，" + DATE, "setDeadline", "2021-13-45"),
                post("/ledger/bulk", "类型“SOON”无效，可选：立行立改、限期整改、长期坚持", "setType", "SOON"),
                post("/ledger/bulk", "所选措施的编号不合法", "ids", "abc"),
                post("/review/reports/" + r + "/accept", "缺少版本号"),
                post("/review/reports/" + r + "/accept", "版本号“abc”无效，应为整数", "version", "abc"),
                post("/review/reports/abc/accept", "编号“abc”无效，应为整数", "version", v),
                post("/review/reports/" + r + "/return", "缺少退回理由", "version", v),
                post("/review/reports/" + r + "/return", "退回理由不能超过 1000 个字", "version", v, "reason", "理".repeat(1001)),
                post("/review/measures/" + m + "/close", "缺少版本号"),
                post(
                        "/my/measures/" + m + "/report",
                        "完成情况“COMPLETED”无效，" + STATUSES,
                        "body",
                        "进展",
                        "claimed",
                        "COMPLETED"),
                post("/my/measures/" + m + "/report", "报告编号“abc”无效，应为整数", "body", "进展", "reportId", "abc"),
                post("/my/measures/" + m + "/report", "版本号“v1”无效，应为整数", "body", "进展", "reportId", r, "version", "v1"),
                post("/my/measures/" + m + "/report", "指标编号“abc”无效，应为整数", "body", "进展", "figure-abc", "1"),
                post("/my/measures/" + m + "/report", "指标值“1e30”超出范围", "body", "进展", "figure-" + indicator, "1e30"),
                post("/my/measures/" + m + "/report", "进展情况不能超过 20000 个字", "body", "进".repeat(20001)),
                post("/my/measures/abc/report", "措施编号“abc”无效，应为整数", "body", "进展"),
                post("/reports/internal", "措施编号“abc”无效，应形如 3-2（问题编号-措施序号）", "campaign", c, "measure", "abc"),
                post("/reports/internal", "缺少整改任务", "measure", m),
                upload("/reports/import", "缺少上传的文件", false, "campaign", c),
                post("/reports/import", "上传失败：请选择文件后以表单上传", "campaign", c),
                malformed("/reports/import?campaign=" + c),
                upload("/imports", "缺少上传的文件", false),
                upload("/imports", "报告年度“明年”无效，应为整数", true, "reportYear", "明年"),
                upload("/imports", "整改任务“abc”无效，应为整数", true, "campaignId", "abc"),
                upload("/imports", "新任务名称不能超过 300 个字", true, "campaignName", "任".repeat(301)),
                malformed("/imports"),
                post(
                        "/imports/1/edit",
                        "操作“BOGUS”无效，可选：EDIT_PROBLEM、EDIT_MEASURE、SET_UNITS、SET_STATUS、"
                                + "EDIT_READING、DROP_READING、MERGE_WITH_NEXT、SPLIT、CONFIRM_MATCH",
                        "version",
                        "0",
                        "op",
                        "BOGUS",
                        "key",
                        "p1"),
                post("/imports/1/edit", "缺少操作", "version", "0", "key", "p1"),
                post(
                        "/imports/1/edit",
                        "标题不能超过 1000 个字",
                        "version",
                        "0",
                        "op",
                        "EDIT_PROBLEM",
                        "key",
                        "p1",
                        "title",
                        "题".repeat(1001)),
                post(
                        "/imports/1/edit",
                        "状态“COMPLETED”无效，" + STATUSES,
                        "version",
                        "0",
                        "op",
                        "SET_STATUS",
                        "key",
                        "m1",
                        "status",
                        "COMPLETED"),
                post(
                        "/imports/1/edit",
                        "数值“很多”无效，应为数字",
                        "version",
                        "0",
                        "op",
                        "EDIT_READING",
                        "key",
                        "m1",
                        "value",
                        "很多"),
                post("/imports/1/edit", "拆分位置“x”无效，应为整数", "version", "0", "op", "SPLIT", "key", "m1", "at", "x"),
                post("/imports/abc/accept", "编号“abc”无效，应为整数", "version", "0"),
                upload("/measures/" + m + "/evidence", "缺少上传的文件", false),
                upload("/measures/" + m + "/evidence", "报告编号“abc”无效，应为整数", true, "reportId", "abc"),
                upload("/measures/abc/evidence", "措施编号“abc”无效，应为整数", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void aPageGets400AndAnErrorPageSayingWhatIsWrong(Case bad, CapturedOutput output) throws Exception {
        HttpResponse<String> response = send(bad, false);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body())
                .contains("<!DOCTYPE html>")
                .contains("<p class=\"alert alert-error\" role=\"alert\">" + bad.message());
        assertNothingInternal(response.body(), output);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void htmxGets400AndTheMessageInTheFlashArea(Case bad, CapturedOutput output) throws Exception {
        HttpResponse<String> response = send(bad, true);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("HX-Retarget")).hasValue("#flash");
        assertThat(response.body())
                .doesNotContain("<html")
                .contains("<p class=\"alert alert-error\" role=\"alert\">" + bad.message());
        assertNothingInternal(response.body(), output);
    }

    /** Tomcat refuses to decode it, before Spring binds anything: still the reader's mistake. */
    @Test
    void theApiRefusesAnUndecodableParameterWithProblemDetails(CapturedOutput output) throws Exception {
        HttpResponse<String> response = send(get("/api/v1/measures?q=%E7%90", ""), false);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("无法读取的参数");
        assertNothingInternal(response.body(), output);
    }

    /** The 简/繁 link without its target is still a link: it keeps Simplified and goes back. */
    @Test
    void theScriptSwitchWithoutATargetKeepsSimplified() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/script"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(cookie -> assertThat(cookie).startsWith("script=hans"));
    }

    private static void assertNothingInternal(String body, CapturedOutput output) {
        assertThat(body).doesNotContain("Exception").doesNotContain("java.").doesNotContain("springframework");
        assertThat(output.getAll()
                        .lines()
                        .filter(line -> LOGGED_TROUBLE.matcher(line).find()))
                .as("warnings, errors or stack traces logged")
                .isEmpty();
    }

    private HttpResponse<String> send(Case bad, boolean htmx) throws Exception {
        Actor actor = bad.path().startsWith("/my") ? unit : office;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + bad.path()))
                .header("Authorization", actor.bearer())
                .header("Accept", "text/html");
        if (htmx) {
            request.header("HX-Request", "true");
        }
        if (bad.body() == null) {
            request.GET();
        } else {
            request.header("Content-Type", bad.contentType()).POST(BodyPublishers.ofString(bad.body()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** One bad request: what is sent, and the message that must come back. */
    record Case(String name, String path, String contentType, String body, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case get(String path, String message, String... params) {
        String query = query(params);
        String address = query.isEmpty() ? path : path + "?" + query;
        return new Case("GET " + shorten(address), address, null, null, message);
    }

    private static Case post(String path, String message, String... params) {
        String form = query(params);
        return new Case("POST " + path + " " + shorten(form), path, "application/x-www-form-urlencoded", form, message);
    }

    /** A multipart form, as the upload forms send it, with a small text file unless {@code withFile} is false. */
    private static Case upload(String path, String message, boolean withFile, String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append("--")
                    .append(BOUNDARY)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(fields[i])
                    .append("\"\r\n\r\n")
                    .append(fields[i + 1])
                    .append("\r\n");
        }
        if (withFile) {
            body.append("--")
                    .append(BOUNDARY)
                    .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"report.txt\"\r\n")
                    .append("Content-Type: text/plain\r\n\r\n一、整改情况\r\n");
        }
        body.append("--").append(BOUNDARY).append("--\r\n");
        return new Case(
                "POST multipart " + path + " " + (withFile ? "file " : "no file ") + shorten(query(fields)),
                path,
                "multipart/form-data; boundary=" + BOUNDARY,
                body.toString(),
                message);
    }

    /** A multipart body cut off in the middle of its file. */
    private static Case malformed(String path) {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n一、整改";
        return new Case(
                "POST malformed multipart " + path,
                path,
                "multipart/form-data; boundary=" + BOUNDARY,
                body,
                "上传失败：请选择文件后以表单上传");
    }

    private static String query(String... params) {
        StringJoiner query = new StringJoiner("&");
        for (int i = 0; i < params.length; i += 2) {
            query.add(params[i] + "=" + URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
