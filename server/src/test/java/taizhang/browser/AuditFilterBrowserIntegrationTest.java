package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import taizhang.audit.AuditTrail;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureType;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * 审计记录 in a real browser: the administrator types an object's type and number and clicks 查看,
 * and the list narrows to that object's events; clicking an object in the list does the same;
 * 校验审计链 says what the server's own check of the chain says.
 */
class AuditFilterBrowserIntegrationTest extends InBrowser {

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    MeasureService measures;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    Actor admin;
    Measure measure;

    @BeforeEach
    void setUp() {
        admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        long campaign = ledger.campaign(office.user()).id();
        long problem = ledger.problem(office.user(), campaign).id();
        measure = ledger.measure(
                office.user(),
                problem,
                "整治西辽河干流河道",
                fixtures.ownUnit("通辽市").user().organisationId(),
                List.of(),
                LocalDate.of(2099, 6, 30),
                MeasureType.DEADLINE);
        measures.edit(
                office.user(),
                measure.id(),
                measure.version(),
                measure.title(),
                new MeasureService.Assignment(
                        measure.leadOrgId(), measure.coUnitIds(), "王副主席", measure.deadline(), measure.type()));
    }

    @Test
    void typingAnObjectNarrowsTheListToItsEvents() throws Exception {
        signIn(admin);
        browser.open("/admin/audit");
        assertThat(browser.find(By.id("h-events")).getText()).startsWith("最近");
        assertThat(objects()).as("the recent list holds more than this measure").isNotEmpty();

        WebElement heading = browser.find(By.id("h-events"));
        browser.find(By.id("objectType")).sendKeys("measure");
        browser.find(By.id("objectId")).sendKeys(String.valueOf(measure.id()));
        browser.find(By.cssSelector("#audit-filter button[type=submit]")).click();
        browser.waitForStale(heading);

        String self = "measure #" + measure.id();
        assertThat(browser.find(By.id("h-events")).getText()).isEqualTo(self + " 的全部记录");
        assertThat(objects()).hasSize(storedEvents()).containsOnly(self);
        assertThat(storedEvents()).as("created and edited").isGreaterThanOrEqualTo(2);
        assertThat(browser.find(By.id("objectType")).getAttribute("value"))
                .as("the filter keeps what was typed")
                .isEqualTo("measure");

        // Back to the recent list, then a click on the object's link narrows it the same way.
        browser.open("/admin/audit");
        heading = browser.find(By.id("h-events"));
        browser.find(By.id("audit-events")).findElement(By.linkText(self)).click();
        browser.waitForStale(heading);
        assertThat(objects()).hasSize(storedEvents()).containsOnly(self);

        heading = browser.find(By.id("h-events"));
        browser.find(By.id("verify")).click();
        browser.waitForStale(heading);
        assertThat(browser.find(By.id("verification")).getText())
                .startsWith(audit.verify().intact() ? "审计链完整" : "审计链在第");
    }

    private List<String> objects() {
        return browser.find(By.id("audit-events")).findElements(By.cssSelector("tbody tr td:nth-child(5)")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private int storedEvents() {
        return jdbc.sql("select count(*) from audit_event where object_type = 'measure' and object_id = :id")
                .param("id", measure.id())
                .query(Integer.class)
                .single();
    }
}
