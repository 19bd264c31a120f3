package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;

/** The demo's 分层建账: 通辽市 splits its open measure due later across 科尔沁区 and 扎鲁特旗, whose parts are signed. */
@DatabaseTest
@SpringBootTest
class DemoLayersIntegrationTest {

    @Autowired
    DemoLayers demo;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    SubMeasureService subMeasures;

    @Autowired
    SignService signs;

    @Test
    void theDemoUnitSplitsItsMeasureDueLaterAcrossItsBanners() {
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        CurrentUser unit = fixtures.actor("通辽市", Role.UNIT).user();
        long campaign = ledger.campaign(office).id();
        long problem = ledger.problem(office, campaign).id();
        long tongliao = fixtures.org("通辽市").id();
        ledger.measure(office, problem, "已到期的措施", tongliao, List.of(), LocalDate.of(2021, 1, 31), MeasureType.DEADLINE);
        Measure later = ledger.measure(office, problem, tongliao);

        Measure parent = demo.seed(office, unit, campaign).orElseThrow();

        assertThat(parent.id()).isEqualTo(later.id());
        RollUp rollUp = subMeasures.rollUp(parent.id());
        assertThat(rollUp.parts()).hasSize(2);
        List<Measure> parts = subMeasures.visibleParts(office, rollUp);
        assertThat(parts)
                .extracting(Measure::leadOrgId)
                .containsExactly(fixtures.org("科尔沁区").id(), fixtures.org("扎鲁特旗").id());
        assertThat(parts).allSatisfy(m -> {
            assertThat(m.deadline()).isEqualTo(later.deadline());
            assertThat(signs.assignments(office, m.id())).allMatch(UnitAssignment::signed);
        });
    }
}
