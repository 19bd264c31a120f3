package taizhang.extension;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.SignService;
import taizhang.ledger.UnitAssignment;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;

/** The demo's 签收 and its one approved extension, on a campaign of three measures. */
@DatabaseTest
@SpringBootTest
class DemoAnswersIntegrationTest {

    @Autowired
    DemoAnswers demo;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    MeasureService measures;

    @Autowired
    SignService signs;

    @Autowired
    ExtensionService extensions;

    @Test
    void theUnitSignsAllButItsLastTheOfficeSignsForTheOthersAndOneExtensionIsApproved() {
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        CurrentUser unit = fixtures.actor("锡林郭勒盟", Role.UNIT).user();
        long campaign = ledger.campaign(office).id();
        long problem = ledger.problem(office, campaign).id();
        Measure first = ledger.measure(office, problem, unit.organisationId());
        Measure last = ledger.measure(office, problem, unit.organisationId());
        Measure other = ledger.measure(office, problem, fixtures.org("乌兰察布市").id());

        demo.seed(office, unit, campaign);

        assertThat(signs.assignments(office, first.id())).allMatch(UnitAssignment::signed);
        assertThat(signs.assignments(office, last.id())).noneMatch(UnitAssignment::signed);
        assertThat(signs.assignments(office, other.id()))
                .singleElement()
                .satisfies(part -> assertThat(part.signedBy()).isEqualTo(office.username()));
        assertThat(extensions.inCampaign(office, campaign, ExtensionStatus.APPROVED))
                .singleElement()
                .satisfies(e -> assertThat(e.request().measureId()).isEqualTo(first.id()));
        Measure extended = measures.get(office, first.id());
        assertThat(extended.originalDeadline()).isEqualTo(LocalDate.of(2099, 12, 31));
        assertThat(extended.deadline()).isEqualTo(LocalDate.of(2100, 2, 28));
    }
}
