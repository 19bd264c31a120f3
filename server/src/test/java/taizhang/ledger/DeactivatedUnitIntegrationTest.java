package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import taizhang.org.OrgKind;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * A deactivated unit takes nothing new (#15): no measure is created for it, no measure is given
 * to it as lead or co-unit (400, in Chinese, naming it), and the pickers that assign no longer
 * offer it; a measure it already carries keeps it through an unrelated change.
 */
@DatabaseTest
@SpringBootTest
class DeactivatedUnitIntegrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    MeasureService measures;

    @Autowired
    OrgService organisations;

    Actor office;
    Organisation closed;
    long problem;

    @BeforeEach
    void setUp() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        closed = organisations.create(
                admin.user(), fixtures.org("通辽市").id(), "撤并单位-" + UUID.randomUUID(), OrgKind.COUNTY, null);
        organisations.setActive(admin.user(), closed.id(), false);
        problem = ledger.problem(office.user(), ledger.campaign(office.user()).id())
                .id();
    }

    @Test
    void aMeasureIsNeitherCreatedForNorAssignedToADeactivatedUnit() {
        assertThatThrownBy(() -> ledger.measure(
                        office.user(),
                        problem,
                        "新措施",
                        closed.id(),
                        List.of(),
                        LocalDate.of(2099, 1, 1),
                        MeasureType.DEADLINE))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("牵头单位“" + closed.name() + "”已停用");

        Measure m = ledger.measure(office.user(), problem, fixtures.org("通辽市").id());
        assertThatThrownBy(() -> measures.assign(
                        office.user(),
                        m.id(),
                        m.version(),
                        new MeasureService.Assignment(
                                m.leadOrgId(), List.of(closed.id()), null, m.deadline(), m.type())))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("配合单位“" + closed.name() + "”已停用");
        assertThatThrownBy(() -> measures.edit(
                        office.user(),
                        m.id(),
                        m.version(),
                        m.title(),
                        new MeasureService.Assignment(closed.id(), List.of(), null, m.deadline(), m.type())))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("已停用");
        assertThat(measures.get(office.user(), m.id()).leadOrgId())
                .isEqualTo(fixtures.org("通辽市").id());
    }

    @Test
    void theAssigningPickersLeaveItOut() {
        assertThat(organisations.assignableTo(office.user()))
                .extracting(Organisation::id)
                .doesNotContain(closed.id())
                .contains(fixtures.org("通辽市").id());
        assertThat(organisations.visibleTo(office.user()))
                .extracting(Organisation::id)
                .contains(closed.id());
    }
}
