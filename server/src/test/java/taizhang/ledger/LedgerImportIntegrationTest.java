package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import taizhang.audit.AuditEvent;
import taizhang.audit.AuditTrail;
import taizhang.shared.CurrentUser;
import taizhang.shared.NotFoundException;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import's batch writer against the rules of the one-by-one services: problem numbers and
 * titles, ordinals, assignment, {@code measure_unit}, warnings, versions, one audit event per
 * write in an intact chain, and nothing left when a later chunk fails.
 */
@DatabaseTest
@SpringBootTest
class LedgerImportIntegrationTest {

    @Autowired
    LedgerImport imports;

    @Autowired
    MeasureService measures;

    @Autowired
    CampaignService campaigns;

    @Autowired
    AuditTrail audit;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(s -> work.get());
    }

    private ImportedMeasure line(
            int row,
            Integer number,
            String problem,
            String title,
            Long lead,
            List<Long> coUnits,
            LocalDate deadline,
            MeasureType type) {
        return new ImportedMeasure(
                "Excel 第" + row + "行",
                number,
                problem,
                title,
                null,
                new MeasureService.Assignment(lead, coUnits, "张三", deadline, type),
                MeasureStatus.NOT_STARTED);
    }

    private ImportedMeasure line(int row, Integer number, String problem) {
        return line(
                row,
                number,
                problem,
                "措施-" + row,
                fixtures.org("赤峰市").id(),
                List.of(),
                LocalDate.of(2099, 12, 31),
                MeasureType.DEADLINE);
    }

    private List<Long> units(long measureId) {
        return jdbc.sql("select org_id from measure_unit where measure_id = :m order by org_id")
                .param("m", measureId)
                .query(Long.class)
                .list();
    }

    @Test
    void problemsAreNumberedAndFoundByTitleAcrossChunksAndTheCampaignsOwn() {
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        long campaign = ledger.campaign(office).id();
        Problem existing = campaigns.addProblem(office, campaign, null, 1, "全面加强民族工作", null, null);
        ledger.measure(office, existing.id(), fixtures.org("通辽市").id());

        inTransaction(() -> {
            LedgerImportSession session = imports.start(office, campaign);
            session.create(List.of(
                    line(2, null, "全面加强民族工作。"),
                    line(3, 3, "加快转变发展方式"),
                    line(4, null, "加快 转变，发展方式"),
                    line(5, null, "新问题")));
            session.create(List.of(line(6, null, "全面加强民族工作"), line(7, null, "另一个问题")));
            assertThat(session.newProblems()).isEqualTo(3);
            return null;
        });

        assertThat(jdbc.sql("""
                select p.number || '|' || p.title || '|' || coalesce(p.source_ref, '-') || '|' || m.ordinal || '|' || m.title
                from measure m join problem p on p.id = m.problem_id where m.campaign_id = :c
                and m.title like '措施-_' order by m.id""").param("c", campaign).query(String.class).list())
                .containsExactly(
                        "1|全面加强民族工作|-|2|措施-2",
                        "3|加快转变发展方式|Excel 第3行|1|措施-3",
                        "3|加快转变发展方式|Excel 第3行|2|措施-4",
                        "4|新问题|Excel 第5行|1|措施-5",
                        "1|全面加强民族工作|-|3|措施-6",
                        "5|另一个问题|Excel 第7行|1|措施-7");
    }

    @Test
    void aMeasureIsStoredAndAuditedAsTheServiceCreatesIt() {
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        long campaign = ledger.campaign(office).id();
        long county = fixtures.org("赤峰市").id();
        List<Long> coUnits =
                List.of(fixtures.org("通辽市").id(), fixtures.org("自治区纪委监委").id());
        LocalDate soon = LocalDate.now(clock).plusDays(5);
        Measure reference = ledger.measure(
                office, ledger.problem(office, campaign).id(), "对照", county, coUnits, soon, MeasureType.DEADLINE);
        long before = audit.latest(1).get(0).seq();

        Measure created = inTransaction(() -> imports.start(office, campaign)
                .create(List.of(line(2, 9, "问题", "全面落实主体责任", county, coUnits, soon, MeasureType.DEADLINE)))
                .get(0));

        Measure stored = measures.get(office, created.id());
        assertThat(stored).isEqualTo(created);
        assertThat(stored.status()).isEqualTo(MeasureStatus.NOT_STARTED);
        assertThat(stored.warning()).isEqualTo(WarningLevel.YELLOW).isEqualTo(reference.warning());
        assertThat(stored.coUnitIds()).isEqualTo(reference.coUnitIds());
        assertThat(List.of(
                        stored.leadOrgId(),
                        stored.responsibleLeader(),
                        stored.deadline(),
                        stored.type(),
                        stored.version()))
                .containsExactly(county, "张三", soon, MeasureType.DEADLINE, 0);
        assertThat(units(stored.id())).isNotEmpty().isEqualTo(units(reference.id()));
        List<AuditEvent> events = audit.latest(3);
        assertThat(events.get(2).seq()).isEqualTo(before);
        assertThat(events.get(1).action()).isEqualTo("problem.create");
        assertThat(events.get(0)).satisfies(e -> {
            assertThat(e.action()).isEqualTo("measure.create");
            assertThat(e.objectId()).isEqualTo(stored.id());
            assertThat(e.beforeJson()).isNull();
            assertThat(e.afterJson()).isEqualTo(json.writeValueAsString(stored));
        });
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void statusesMoveByTheWorkflowWithOneEventEach() {
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        long campaign = ledger.campaign(office).id();
        ImportedMeasure stated = line(2, 1, "问题");
        List<Measure> created = inTransaction(() -> imports.start(office, campaign)
                .create(List.of(
                        new ImportedMeasure(
                                stated.source(),
                                1,
                                "问题",
                                stated.title(),
                                stated.body(),
                                stated.assignment(),
                                MeasureStatus.DONE),
                        line(3, null, "问题"),
                        line(4, null, "问题"),
                        line(5, null, "问题"))));

        List<Measure> reported = inTransaction(() -> imports.applyAcceptedReports(
                office,
                List.of(
                        new LedgerImport.StatusChange(created.get(1), MeasureStatus.IN_PROGRESS),
                        new LedgerImport.StatusChange(created.get(2), MeasureStatus.NOT_STARTED),
                        new LedgerImport.StatusChange(created.get(3), MeasureStatus.CLOSED))));

        // The status an imported line states is the one it is created in: one event, no second write.
        assertThat(measures.get(office, created.get(0).id()))
                .isEqualTo(created.get(0))
                .satisfies(m -> {
                    assertThat(m.status()).isEqualTo(MeasureStatus.DONE);
                    assertThat(m.warning()).isEqualTo(WarningLevel.GREEN);
                    assertThat(m.version()).isZero();
                    assertThat(m.lastAcceptedAt()).isNull();
                });
        assertThat(audit.history("measure", created.get(0).id()))
                .extracting(AuditEvent::action)
                .containsExactly("measure.create");
        assertThat(audit.history("measure", created.get(0).id()).get(0).afterJson())
                .isEqualTo(json.writeValueAsString(created.get(0)));
        assertThat(reported)
                .extracting(Measure::status)
                .containsExactly(MeasureStatus.IN_PROGRESS, MeasureStatus.NOT_STARTED, MeasureStatus.NOT_STARTED);
        assertThat(reported).allSatisfy(m -> {
            assertThat(measures.get(office, m.id())).isEqualTo(m);
            assertThat(m.lastAcceptedAt()).isNotNull();
            assertThat(audit.history("measure", m.id()))
                    .extracting(AuditEvent::action)
                    .containsExactly("measure.create", "measure.report-accepted");
        });
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aDatabaseErrorInTheSecondChunkLeavesNothingWritten() {
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        long campaign = ledger.campaign(office).id();
        long head = audit.latest(1).get(0).seq();

        assertThatThrownBy(() -> inTransaction(() -> {
                    LedgerImportSession session = imports.start(office, campaign);
                    session.create(List.of(line(2, 1, "问题一"), line(3, null, "问题一")));
                    // A problem title longer than its column: the database refuses the second chunk.
                    return session.create(List.of(line(4, null, "问题二" + "长".repeat(1000))));
                }))
                .isInstanceOf(DataAccessException.class);

        assertThat(jdbc.sql("select count(*) from problem where campaign_id = :c")
                        .param("c", campaign)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from measure where campaign_id = :c")
                        .param("c", campaign)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(audit.latest(1).get(0).seq()).isEqualTo(head);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aUnitOutsideTheOfficesSubtreeIsRefused() {
        CurrentUser office = fixtures.actor("通辽市", Role.OFFICE).user();
        long campaign = ledger.campaign(office).id();
        String title = "问题-" + UUID.randomUUID();

        assertThatThrownBy(() ->
                        inTransaction(() -> imports.start(office, campaign).create(List.of(line(2, 1, title)))))
                .isInstanceOf(NotFoundException.class);
        assertThat(jdbc.sql("select count(*) from problem where title = :t")
                        .param("t", title)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
