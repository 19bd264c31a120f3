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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
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
 * to it as lead or co-unit (400, in Chinese, naming it), by hand or by an import, and the pickers
 * that assign no longer offer it; a measure it already carries keeps it through an unrelated change.
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

    @Autowired
    LedgerImport imports;

    @Autowired
    TransactionTemplate inTransaction;

    @Autowired
    JdbcClient jdbc;

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
    void anImportPutsNoMeasureOnADeactivatedUnit() {
        long campaign = ledger.campaign(office.user()).id();
        long own = ledger.problem(office.user(), campaign).id();
        long before = measureCount(campaign);
        assertThatThrownBy(() -> inTransaction.executeWithoutResult(status -> imports.start(office.user(), campaign)
                        .addMeasures(List.of(new LedgerImportSession.Placed(
                                own,
                                "导入的措施",
                                "导入的措施正文",
                                new MeasureService.Assignment(
                                        fixtures.org("通辽市").id(),
                                        List.of(closed.id()),
                                        null,
                                        null,
                                        MeasureType.DEADLINE))))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("单位“" + closed.name() + "”已停用");
        assertThat(measureCount(campaign)).as("nothing written").isEqualTo(before);
    }

    private long measureCount(long campaign) {
        return jdbc.sql("select count(*) from measure where campaign_id = :c")
                .param("c", campaign)
                .query(Long.class)
                .single();
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
