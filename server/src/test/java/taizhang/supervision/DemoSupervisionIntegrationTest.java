package taizhang.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.SignService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;

/** The demo's 对口督导: supervisors for three 盟市, four items, one fed back to 通辽市, one accountability action. */
@DatabaseTest
@SpringBootTest
class DemoSupervisionIntegrationTest {

    @Autowired
    DemoSupervision demo;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    CounterpartService counterparts;

    @Autowired
    SupervisionOverview overview;

    @Autowired
    SupervisionService items;

    @Autowired
    AccountabilityService register;

    @Autowired
    MeasureService measures;

    @Autowired
    SignService signs;

    @Test
    void supervisorsForSomeLeaguesAndCitiesAFewFindingsOneFedBackAndOneAccountabilityAction() {
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        CurrentUser supervisor = fixtures.actor("自治区纪委监委", Role.SUPERVISOR).user();
        CurrentUser leader = fixtures.actor("内蒙古自治区", Role.LEADER).user();
        CurrentUser unit = fixtures.actor("通辽市", Role.UNIT).user();
        long campaign = ledger.campaign(office).id();
        ledger.measure(
                office,
                ledger.problem(office, campaign).id(),
                fixtures.org("赤峰市").id());

        demo.seed(office, supervisor, leader, campaign);

        assertThat(counterparts.supervisedUnits(supervisor))
                .extracting(Organisation::name)
                .containsExactlyInAnyOrder("通辽市", "赤峰市");
        assertThat(counterparts.supervisedUnits(leader))
                .extracting(Organisation::name)
                .containsExactly("呼伦贝尔市");
        var summary = overview.summary(office, campaign);
        assertThat(summary.items()).isEqualTo(4);
        assertThat(summary.findings()).isEqualTo(3);
        assertThat(summary.measures()).isEqualTo(1);
        assertThat(summary.actions()).isEqualTo(1);
        Long fedBack = items.inCampaign(office, campaign, null).stream()
                .map(ItemView::measureId)
                .filter(id -> id != null)
                .findFirst()
                .orElseThrow();
        Measure measure = measures.get(unit, fedBack);
        assertThat(measure.leadOrgId()).isEqualTo(unit.organisationId());
        assertThat(signs.assignments(unit, fedBack)).singleElement().satisfies(part -> {
            assertThat(part.orgId()).isEqualTo(unit.organisationId());
            assertThat(part.signed()).isFalse();
        });
        assertThat(register.inCampaign(leader, campaign))
                .singleElement()
                .satisfies(a -> assertThat(a.subject()).isEqualTo("赤峰市 王某（赤峰市某局副局长）"));
    }
}
