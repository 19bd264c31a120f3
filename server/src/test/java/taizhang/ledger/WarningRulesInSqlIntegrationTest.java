package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import taizhang.shared.CurrentUser;
import taizhang.shared.Jdbc;
import taizhang.shared.Role;
import taizhang.shared.SqlCondition;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;

/**
 * The set-based warning ({@link WarningLevel#sql}) gives what the Java rules give, with lag
 * against plan, on every status, deadline, silence, 签收 and lag case, under several campaigns'
 * settings with and without cycles, counting only the cycles each measure owed (left out of a
 * closed cycle's obligations, excluded from an open one, or created since it opened), on H2 and on
 * PostgreSQL. Each test rolls back.
 */
@DatabaseTest
@SpringBootTest
@Transactional
class WarningRulesInSqlIntegrationTest {

    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZONE);
    private static final List<LocalDate> DEADLINES = Arrays.asList(
            null,
            TODAY.minusDays(10),
            TODAY.minusDays(7),
            TODAY.minusDays(1),
            TODAY,
            TODAY.plusDays(1),
            TODAY.plusDays(14),
            TODAY.plusDays(15),
            TODAY.plusDays(30));
    private static final List<Instant> HEARD = Arrays.asList(
            null,
            NOW.minus(Duration.ofDays(5)),
            NOW.minus(Duration.ofDays(30)),
            TODAY.minusDays(40).atStartOfDay(ZONE).toInstant(),
            NOW.minus(Duration.ofDays(95)));
    /** When the earliest still unsigned assignment was made (签收). */
    private static final List<Instant> UNSIGNED = Arrays.asList(
            null, NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(10)));

    private static final List<WarningLevel> LAGS =
            Arrays.asList(null, WarningLevel.GREEN, WarningLevel.YELLOW, WarningLevel.RED);
    /** The cycles' due dates; the third is still open, the others closed. */
    private static final List<LocalDate> DUE =
            List.of(TODAY.minusDays(70), TODAY.minusDays(40), TODAY.minusDays(10), TODAY);

    private static final int OPEN = 2;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeasureService measures;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    Warnings warnings;

    CurrentUser office;
    long campaign;
    final Map<Long, Measure> cases = new HashMap<>();
    final Map<Long, WarningLevel> lags = new HashMap<>();
    final List<DueCycle> cycles = new ArrayList<>();
    /** Per measure, the cycles it owed: each cycle leaves out a different share of the measures. */
    final Map<Long, Set<Long>> owed = new HashMap<>();

    @BeforeEach
    void everyStatusDeadlineSilenceAndLag() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        campaign = ledger.campaign(office).id();
        long problem = ledger.problem(office, campaign).id();
        int i = 0;
        for (MeasureStatus status : MeasureStatus.values()) {
            for (LocalDate deadline : DEADLINES) {
                Measure m = ledger.measure(
                        office, problem, status + " " + deadline, null, List.of(), deadline, MeasureType.DEADLINE);
                Instant heard = HEARD.get(i % HEARD.size());
                WarningLevel lag = LAGS.get((i / HEARD.size() + i) % LAGS.size());
                Instant unsigned = UNSIGNED.get((i / 2) % UNSIGNED.size());
                i++;
                // Straight to the case: the rules are about where a measure stands, not how it got there.
                jdbc.sql("update measure set status = :s, created_at = :created, last_accepted_at = :heard,"
                                + " plan_lag = :lag, unsigned_since = :unsigned where id = :id")
                        .param("s", status.name())
                        .param("created", Jdbc.utc(NOW.minus(Duration.ofDays(200))))
                        .param("heard", heard == null ? null : Jdbc.utc(heard))
                        .param("lag", lag == null ? null : lag.name())
                        .param("unsigned", unsigned == null ? null : Jdbc.utc(unsigned))
                        .param("id", m.id())
                        .update();
                cases.put(m.id(), measures.get(office, m.id()));
                lags.put(m.id(), lag);
            }
        }
        theCyclesOwedByEach();
    }

    /**
     * Four cycles written straight to the tables: measure number {@code k} (in id order) is left out
     * of cycle {@code c} when {@code k % (c + 3) == c}. The open cycle's obligations hold the first
     * half of the measures only, as if the rest were created after it opened; those owe it unless
     * excluded.
     */
    private void theCyclesOwedByEach() {
        List<Long> ids = cases.keySet().stream().sorted().toList();
        long lastAtOpening = ids.get(ids.size() / 2);
        for (int c = 0; c < DUE.size(); c++) {
            boolean open = c == OPEN;
            jdbc.sql("""
                            insert into reporting_cycle (campaign_id, period, period_end, due_date, status, opened_by,
                                opened_at, last_measure_id)
                            values (:campaign, :period, :end, :due, :status, 'test', :at, :last)""")
                    .param("campaign", campaign)
                    .param("period", "2001-0" + (c + 1))
                    .param("end", DUE.get(c).minusDays(5))
                    .param("due", DUE.get(c))
                    .param("status", open ? "OPEN" : "CLOSED")
                    .param("at", Jdbc.utc(NOW))
                    .param("last", open ? lastAtOpening : 0)
                    .update();
            long cycle = jdbc.sql("select id from reporting_cycle where campaign_id = :c and period = :p")
                    .param("c", campaign)
                    .param("p", "2001-0" + (c + 1))
                    .query(Long.class)
                    .single();
            cycles.add(new DueCycle(cycle, DUE.get(c), open, open ? lastAtOpening : 0, true));
            for (int k = 0; k < ids.size(); k++) {
                long measure = ids.get(k);
                boolean left = k % (c + 3) == c;
                if (left && open) {
                    jdbc.sql("insert into cycle_exclusion (cycle_id, measure_id) values (:c, :m)")
                            .param("c", cycle)
                            .param("m", measure)
                            .update();
                }
                if (!left && (!open || measure <= lastAtOpening)) {
                    jdbc.sql("insert into cycle_obligation (cycle_id, measure_id, progress) values (:c, :m, 0)")
                            .param("c", cycle)
                            .param("m", measure)
                            .update();
                }
                if (!left) {
                    owed.computeIfAbsent(measure, m -> new HashSet<>()).add(cycle);
                }
            }
        }
    }

    @Test
    void theDefaultRulesWithoutCycles() {
        agree(WarningRules.DEFAULT);
    }

    @Test
    void theCampaignsOwnSettingsWithCycles() {
        agree(new WarningRules(new WarningSettings(30, false, 0, 2, 4, 3), cycles));
        agree(new WarningRules(new WarningSettings(0, true, 7, 1, 1, 3), cycles));
        agree(new WarningRules(new WarningSettings(14, true, 0, 1, 3, 3), cycles));
        agree(new WarningRules(new WarningSettings(365, true, 365, 12, 24, 90), List.of()));
    }

    @Test
    void onlyTheCyclesAMeasureOwedCountAsMissed() {
        WarningRules rules = new WarningRules(new WarningSettings(0, false, 0, 1, 2, 90), cycles);
        agree(rules);
        long lighter = cases.values().stream()
                .filter(m -> level(m, rules.owedBy(owed.getOrDefault(m.id(), Set.of())))
                                .compareTo(level(m, rules))
                        < 0)
                .count();
        assertThat(lighter)
                .as("measures left out of a missed cycle are warned less")
                .isPositive();
    }

    @Test
    void theStoredCyclesAreTheRulesCycles() {
        assertThat(warnings.rules(campaign).cycles())
                .isEqualTo(new WarningRules(WarningSettings.DEFAULT, cycles).cycles());
    }

    private static WarningLevel level(Measure m, WarningRules rules) {
        return WarningLevel.of(
                m.status(), m.deadline(), m.lastAcceptedAt(), m.createdAt(), m.unsignedSince(), NOW, ZONE, rules);
    }

    private void agree(WarningRules rules) {
        SqlCondition level = WarningLevel.sql(rules, NOW, ZONE);
        Map<Long, String> inSql = new HashMap<>();
        jdbc.sql("select m.id, " + level.sql() + " as lvl from measure m where m.campaign_id = :campaign")
                .params(level.params())
                .param("campaign", campaign)
                .query(rs -> {
                    inSql.put(rs.getLong("id"), rs.getString("lvl"));
                });
        Map<Long, String> inJava = new HashMap<>();
        Map<WarningLevel, Integer> seen = new HashMap<>();
        cases.forEach((id, m) -> {
            WarningLevel java = WarningLevel.withPlanLag(
                    m.status(), level(m, rules.owedBy(owed.getOrDefault(id, Set.of()))), lags.get(id));
            inJava.put(id, java.name());
            seen.merge(java, 1, Integer::sum);
        });
        assertThat(inSql).as(rules.toString()).isEqualTo(inJava);
        assertThat(seen).as("the cases reach every level").containsKeys(WarningLevel.values());
    }
}
