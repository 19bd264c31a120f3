package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.cycle.CycleService;
import taizhang.cycle.UnitTally;
import taizhang.ledger.Campaign;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * 调度周期's reminders and reopening in a real browser: the office opens a month for two units of its
 * own, reminds one from its row, then all; closes the month and reopens it with a reason. The panel
 * says what was done, the rows show who was reminded, and the server agrees.
 */
class CycleRemindersBrowserIntegrationTest extends InBrowser {

    /** The day a row shows a unit was last reminded, where the server is. */
    private static final String DAY = "\\d{4}-\\d{2}-\\d{2}";

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    CycleService cycles;

    @Autowired
    Clock clock;

    Actor office;
    Campaign campaign;
    long first;
    long second;

    @BeforeEach
    void twoUnitsWithAMeasureEach() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        campaign = ledger.campaign(office.user());
        long problem = ledger.problem(office.user(), campaign.id()).id();
        first = fixtures.ownUnit("通辽市").user().organisationId();
        second = fixtures.ownUnit("通辽市").user().organisationId();
        ledger.measure(office.user(), problem, first);
        ledger.measure(office.user(), problem, second);
        signIn(office);
    }

    @Test
    void theOfficeRemindsOneUnitThenAllClosesAndReopensTheMonth() {
        LocalDate today = LocalDate.now(clock);
        String month = YearMonth.from(today).toString();
        CyclesScreen page = new CyclesScreen(browser, campaign.id());
        assertThat(page.open(month, today.plusDays(10))).contains("已开启");

        assertThat(page.remind(first)).isEqualTo("已向 1 个单位发出催报");
        assertThat(browser.messages()).as("in the unit's row, alone").containsExactly("已向 1 个单位发出催报");
        assertThat(page.lastReminded(first)).matches(DAY);
        assertThat(page.lastReminded(second)).isEmpty();
        assertThat(reminded()).containsEntry(first, true).containsEntry(second, false);

        assertThat(page.remindAll()).isEqualTo("已向 2 个单位发出催报");
        assertThat(browser.messages()).as("the row's message is replaced").containsExactly("已向 2 个单位发出催报");
        assertThat(page.lastReminded(second)).matches(DAY);
        assertThat(reminded()).containsEntry(first, true).containsEntry(second, true);

        assertThat(page.close()).contains("已关闭");
        assertThat(page.reopen("补录两个旗县的迟报材料")).startsWith("已重新开启");
        assertThat(page.status()).isEqualTo("调度中");
        assertThat(cycles.get(office.user(), campaign.id(), month).isOpen()).isTrue();
        assertThat(browser.cspViolations()).isEmpty();
    }

    /** Whether each unit of the month was reminded, as the server keeps it. */
    private Map<Long, Boolean> reminded() {
        return cycles.units(office.user(), campaign.id(), YearMonth.now(clock).toString()).stream()
                .collect(Collectors.toMap(UnitTally::orgId, u -> u.lastReminded() != null));
    }
}
