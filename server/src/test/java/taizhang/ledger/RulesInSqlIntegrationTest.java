package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.shared.SqlCondition;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;

/**
 * The SQL forms of finished and overdue select what the Java rules say, on every status and
 * deadline case, on H2 and on PostgreSQL. Each test rolls back.
 */
@DatabaseTest
@SpringBootTest
@Transactional
class RulesInSqlIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final List<LocalDate> DEADLINES =
            Arrays.asList(null, TODAY.minusYears(1), TODAY.minusDays(1), TODAY, TODAY.plusDays(1));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeasureService measures;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    CurrentUser office;
    long campaign;
    /** Each status with each deadline, by measure id. */
    Map<Long, Measure> cases = new HashMap<>();

    @BeforeEach
    void everyStatusWithEveryDeadline() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        campaign = ledger.campaign(office).id();
        long problem = ledger.problem(office, campaign).id();
        for (MeasureStatus status : MeasureStatus.values()) {
            for (LocalDate deadline : DEADLINES) {
                Measure m = ledger.measure(
                        office, problem, status + " " + deadline, null, List.of(), deadline, MeasureType.DEADLINE);
                // Straight to the status: the rules are about where a measure stands, not how it got there.
                jdbc.sql("update measure set status = :s where id = :id")
                        .param("s", status.name())
                        .param("id", m.id())
                        .update();
                cases.put(m.id(), measures.get(office, m.id()));
            }
        }
    }

    @Test
    void finishedInSqlIsFinishedInJava() {
        SqlCondition finished = MeasureStatus.finishedSql("m.status");
        assertThat(ids(finished))
                .isEqualTo(idsWhere(m -> m.status().isFinished()))
                .hasSize(2 * DEADLINES.size());
        assertThat(count(finished)).isEqualTo(2L * DEADLINES.size());
    }

    @Test
    void overdueInSqlIsOverdueInJava() {
        SqlCondition overdue = Overdue.sql(TODAY);
        Set<Long> expected = idsWhere(m -> Overdue.is(m.status(), m.deadline(), TODAY));
        assertThat(expected).hasSize(2 * 3);
        assertThat(ids(overdue)).isEqualTo(expected);
        assertThat(count(overdue)).isEqualTo(expected.size());
    }

    @Test
    void theLedgersOverdueFilterListsTheOverdue() {
        LedgerCriteria overdueOnly = new LedgerCriteria(
                campaign, null, null, null, null, null, null, null, null, null, null, null, null, true, null, null,
                null);
        List<Long> listed =
                measures
                        .list(office, overdueOnly.filter(TODAY), MeasureSort.parse("ordinal"), 0, 200, false)
                        .items()
                        .stream()
                        .map(v -> v.measure().id())
                        .toList();
        assertThat(Set.copyOf(listed)).isEqualTo(idsWhere(m -> Overdue.is(m.status(), m.deadline(), TODAY)));
    }

    private Set<Long> ids(SqlCondition condition) {
        return Set.copyOf(jdbc.sql("select m.id from measure m where m.campaign_id = :campaign and " + condition.sql())
                .params(condition.params())
                .param("campaign", campaign)
                .query(Long.class)
                .list());
    }

    private long count(SqlCondition condition) {
        return jdbc.sql("select sum(" + condition.asCount() + ") from measure m where m.campaign_id = :campaign")
                .params(condition.params())
                .param("campaign", campaign)
                .query(Long.class)
                .single();
    }

    private Set<Long> idsWhere(java.util.function.Predicate<Measure> rule) {
        return cases.values().stream().filter(rule).map(Measure::id).collect(Collectors.toSet());
    }
}
