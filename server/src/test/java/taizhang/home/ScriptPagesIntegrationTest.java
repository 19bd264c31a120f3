package taizhang.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.progress.ProgressService;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * The 简/繁 switch on real pages, over ledger text stored in Traditional as the seed report is:
 * the page reads in the chosen script, while what a form sends back (a typed keyword, a draft's
 * text) stays exactly as stored.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class ScriptPagesIntegrationTest {

    private static final String STORED = "完善生態環境監測網絡";
    private static final String DRAFT = "已建立臺賬，逐項銷號";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    ProgressService progress;

    @Autowired
    Clock clock;

    private Actor office;
    private Actor unit;
    private long campaign;

    @BeforeEach
    void aMeasureStoredInTraditional() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        unit = fixtures.actor("赤峰市", Role.UNIT);
        campaign = ledger.campaign(office.user()).id();
        long problem = ledger.problem(office.user(), campaign).id();
        // The earliest deadline puts it first among the unit's open measures on /my.
        Measure measure = ledger.measure(
                office.user(),
                problem,
                STORED,
                fixtures.org("赤峰市").id(),
                List.of(),
                LocalDate.of(2000, 1, 31),
                MeasureType.DEADLINE);
        progress.create(
                unit.user(),
                measure.id(),
                YearMonth.now(clock).toString(),
                DRAFT,
                MeasureStatus.IN_PROGRESS,
                List.of(),
                false);
    }

    @Test
    void simplifiedReadersSeeTheLedgerInSimplifiedButTheirKeywordAsTyped() throws Exception {
        String page = page(office, "/ledger?campaign=" + campaign + "&q=生態", null);
        assertThat(page).contains("完善生态环境监测网络").doesNotContain(STORED);
        assertThat(page).contains("value=\"生態\"");
    }

    @Test
    void traditionalReadersSeeTheInterfaceAndTheLedgerInTraditional() throws Exception {
        String page = page(office, "/ledger?campaign=" + campaign + "&q=生态", "hant");
        assertThat(page).contains(STORED).contains("臺賬").doesNotContain("完善生态环境监测网络");
        assertThat(page).contains("value=\"生态\"");
    }

    @Test
    void aDraftComesBackIntoItsFormAsWrittenInEitherScript() throws Exception {
        for (String script : new String[] {null, "hant"}) {
            String page = page(unit, "/my", script);
            assertThat(page).contains(">" + DRAFT + "</textarea>");
            assertThat(page).contains(script == null ? "完善生态环境监测网络" : STORED);
        }
    }

    private String page(Actor actor, String path, String script) throws Exception {
        var request = get(path).header("Authorization", actor.bearer());
        if (script != null) {
            request.cookie(new Cookie(Script.COOKIE, script));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Language")).isEqualTo(script == null ? "zh-CN" : "zh-TW");
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
