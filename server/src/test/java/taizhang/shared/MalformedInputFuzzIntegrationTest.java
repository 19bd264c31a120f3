package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import taizhang.indicator.IndicatorService;
import taizhang.ledger.MeasureStatus;
import taizhang.org.OrgKind;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.progress.ProgressService;
import taizhang.shared.RawHttp.Answer;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * Every endpoint and page form of the build, as the handler mappings declare them, gets
 * malformed values from each role: wrong types, empty, 10,000 characters, NUL and CR/LF,
 * overflowing numbers, impossible dates and periods, unknown enum constants, broken JSON,
 * missing fields, wrong content types. None may answer 5xx (a full worker pool's 503 aside) or
 * show an internal; every refusal carries a Chinese message. The seed is fixed, so a run is
 * repeatable; {@code -Dtaizhang.fuzz.rounds=N} sends N rounds with other picks.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputFuzzIntegrationTest {

    private static final long SEED = 18_09L;
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern INTERNALS = Pattern.compile("Exception|\\tat |java\\.|springframework");
    private static final Pattern FIELD = Pattern.compile("name=\"([A-Za-z][\\w.-]*)\"");
    private static final List<String> CONTENT_TYPES =
            List.of("text/plain", "application/x-www-form-urlencoded", "application/xml", "application/json", "");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    OrgService organisations;

    @Autowired
    IndicatorService indicators;

    @Autowired
    ProgressService progress;

    private final Map<String, Actor> roles = new LinkedHashMap<>();
    private FuzzValues values;
    private RawHttp http;

    /**
     * The fuzzer's own unit under 阿拉善盟, a campaign with a measure of it, an indicator and a
     * report: the ids its plausible values point at, so that writes reach services and change
     * only these.
     */
    @BeforeAll
    void ownObjects() {
        http = new RawHttp(port);
        Organisation unit = organisations.createBySystem(
                fixtures.org("阿拉善盟"), "模糊测试单位-" + UUID.randomUUID(), OrgKind.DEPARTMENT, null);
        roles.put("office", fixtures.actor("内蒙古自治区", Role.OFFICE));
        roles.put("unit", fixtures.actor(unit.name(), Role.UNIT));
        roles.put("admin", fixtures.actor("内蒙古自治区", Role.ADMIN));
        Actor office = roles.get("office");
        Actor other = fixtures.actor(unit.name(), Role.UNIT);
        long campaign = ledger.campaign(office.user()).id();
        long problem = ledger.problem(office.user(), campaign).id();
        long measure = ledger.measure(office.user(), problem, unit.id()).id();
        long indicator = indicators
                .create(office.user(), measure, "治理面积", "亩", new BigDecimal("100"), null)
                .id();
        long report = progress.create(
                        roles.get("unit").user(),
                        measure,
                        YearMonth.now().toString(),
                        "进展",
                        MeasureStatus.IN_PROGRESS,
                        List.of(),
                        false)
                .id();
        Map<String, String> known = new HashMap<>();
        name(known, campaign, "campaigns", "campaign", "campaignId");
        name(known, problem, "problems", "problem", "problemId");
        name(known, measure, "measures", "measure", "measureId", "internal-measures", "ids");
        name(known, indicator, "indicators", "indicatorId");
        name(known, report, "reports", "reportId");
        name(known, other.user().id(), "users", "userId");
        name(known, unit.id(), "organisations", "orgId", "organisationId", "unit", "unitId", "leadOrgId");
        name(known, unit.id(), "setLead", "coUnitIds", "setCoUnits", "parentId", "units", "unitIds");
        known.put("period", YearMonth.now().toString());
        known.put("move", "start");
        values = new FuzzValues(known);
    }

    @Test
    void noMalformedInputGetsA5xxOrAnAnswerWithoutAChineseMessage() throws Exception {
        List<Endpoint> endpoints = EndpointCatalog.of(mappings);
        Map<String, String> tokens = new LinkedHashMap<>();
        roles.forEach((role, actor) -> tokens.put(role, actor.token()));
        FuzzPlan plan = new FuzzPlan(values, tokens, harvestFormFields(endpoints));
        int rounds = Integer.getInteger("taizhang.fuzz.rounds", 1);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> faults = new ArrayList<>();
        List<String> log = new ArrayList<>();
        long started = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            Random random = new Random(SEED + round);
            for (int i = 0; i < endpoints.size(); i++) {
                for (FuzzPlan.Planned planned : plan.plan(endpoints.get(i), i, random)) {
                    FuzzRequest request = planned.request();
                    Answer answer = http.send(request.method(), request.target(), request.headers(), request.body());
                    statuses.merge(answer.status(), 1, Integer::sum);
                    String what = answer.status() + " " + request.what() + " as " + planned.role();
                    log.add(what + " :: " + shorten(answer.body().replaceAll("\\s+", " ")));
                    String fault = fault(endpoints.get(i), request, answer);
                    if (fault != null) {
                        faults.add(what + ": " + fault);
                    }
                }
            }
        }
        System.out.printf(
                "Fuzzed %d endpoints with %d requests in %d s; statuses %s; %d faults%n",
                endpoints.size(), log.size(), (System.nanoTime() - started) / 1_000_000_000L, statuses, faults.size());
        if (System.getProperty("taizhang.fuzz.log") != null) {
            Files.write(Path.of(System.getProperty("taizhang.fuzz.log")), log);
        }
        assertThat(faults)
                .as("answers that are 5xx, show internals, refuse without a Chinese message or let a NUL through")
                .isEmpty();
    }

    /** What is wrong with an answer, or null: a server error, an internal shown, a refusal with no Chinese word. */
    private static String fault(Endpoint endpoint, FuzzRequest request, Answer answer) {
        String firstLines = answer.body().lines().limit(3).reduce("", (a, b) -> a + b.strip() + " ");
        boolean busy = answer.status() == 503 && answer.header("Retry-After") != null;
        if (answer.status() == 0) {
            return answer.body();
        }
        if (answer.status() >= 500 && !busy) {
            return "server error " + shorten(firstLines);
        }
        if (request.invalidCharacter() && endpoint.own() && answer.status() != 400) {
            return "a text with an invalid character not refused";
        }
        if (answer.status() >= 400) {
            Matcher internal = INTERNALS.matcher(answer.body());
            if (internal.find()) {
                return "shows an internal: " + shorten(answer.body().substring(Math.max(0, internal.start() - 80)));
            }
            if (!HAN.matcher(answer.body()).find()) {
                return "no Chinese message: " + shorten(firstLines);
            }
        }
        return null;
    }

    /** The field names of every page's forms as office and unit see them: the forms a handler reads as a map. */
    private List<String> harvestFormFields(List<Endpoint> endpoints) throws Exception {
        TreeSet<String> names = new TreeSet<>();
        for (Endpoint endpoint : endpoints) {
            if (endpoint.api() || endpoint.writes()) {
                continue;
            }
            for (String role : List.of("office", "unit")) {
                FuzzRequest page =
                        FuzzRequest.of(endpoint, values, roles.get(role).token(), false, Map.of(), null, null);
                Matcher field = FIELD.matcher(
                        http.send("GET", page.target(), page.headers(), null).body());
                while (field.find()) {
                    names.add(field.group(1));
                }
            }
        }
        names.remove("_csrf");
        return List.copyOf(names);
    }

    private static void name(Map<String, String> known, long id, String... names) {
        for (String name : names) {
            known.put(name, String.valueOf(id));
        }
    }

    private static String shorten(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
