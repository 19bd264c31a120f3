package taizhang.cycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import taizhang.ledger.MeasureType;
import taizhang.shared.Cycle;
import taizhang.shared.Jdbc;

/** Cycles and the measures the office excluded from them. */
@Repository
class CycleRepository {

    private final JdbcClient jdbc;

    CycleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ReportingCycle cycle, Set<MeasureType> excludedTypes, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into reporting_cycle (campaign_id, period, period_end, due_date, status, opened_by, opened_at)
                values (:campaign, :period, :end, :due, :status, :by, :at)""")
                .param("campaign", cycle.campaignId())
                .param("period", cycle.period().label())
                .param("end", cycle.period().last())
                .param("due", cycle.dueDate())
                .param("status", cycle.status().name())
                .param("by", by)
                .param("at", Jdbc.utc(at))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (long measure : cycle.excludedMeasureIds()) {
            jdbc.sql("insert into cycle_exclusion (cycle_id, measure_id) values (:c, :m)")
                    .param("c", id)
                    .param("m", measure)
                    .update();
        }
        if (!excludedTypes.isEmpty()) {
            jdbc.sql("""
                    insert into cycle_exclusion (cycle_id, measure_id)
                    select :c, m.id from ledger_measure_view m where m.campaign_id = :campaign and m.type in (:types)
                      and not exists (select 1 from cycle_exclusion e where e.cycle_id = :c and e.measure_id = m.id)""")
                    .param("c", id)
                    .param("campaign", cycle.campaignId())
                    .param(
                            "types",
                            excludedTypes.stream().map(MeasureType::name).toList())
                    .update();
        }
        return id;
    }

    /** How many of these measures belong to the campaign. */
    int countInCampaign(long campaignId, Collection<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from ledger_measure_view where campaign_id = :c and id in (:ms)")
                .param("c", campaignId)
                .param("ms", measureIds)
                .query(Integer.class)
                .single();
    }

    Optional<ReportingCycle> find(long campaignId, String period) {
        return head(campaignId, period, false).map(this::withExclusions);
    }

    /** The cycle, its row held until the caller's transaction ends. */
    Optional<ReportingCycle> findForUpdate(long campaignId, String period) {
        return head(campaignId, period, true).map(this::withExclusions);
    }

    /**
     * The cycle without its exclusions, which may be many: what a report's check needs, with
     * {@link #excluded} for its one measure; {@code hold} keeps the row until the transaction ends.
     */
    Optional<ReportingCycle> head(long campaignId, String period, boolean hold) {
        return jdbc.sql("select * from reporting_cycle where campaign_id = :c and period = :p"
                        + (hold ? " for update" : ""))
                .param("c", campaignId)
                .param("p", period)
                .query((rs, n) -> cycle(rs))
                .optional();
    }

    boolean excluded(long cycleId, long measureId) {
        return jdbc.sql("select count(*) from cycle_exclusion where cycle_id = :c and measure_id = :m")
                        .param("c", cycleId)
                        .param("m", measureId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The campaign's cycles, latest period first. */
    List<ReportingCycle> forCampaign(long campaignId) {
        return heads(campaignId).stream().map(this::withExclusions).toList();
    }

    /** The campaign's cycles without their exclusions, which may be many, latest period first. */
    List<ReportingCycle> heads(long campaignId) {
        return jdbc.sql("select * from reporting_cycle where campaign_id = :c order by period_end desc, id desc")
                .param("c", campaignId)
                .query((rs, n) -> cycle(rs))
                .list();
    }

    /** The open cycles of campaigns in which the organisation's subtree leads a measure not closed. */
    List<ReportingCycle> openFor(String subtree) {
        return jdbc.sql("""
                select c.* from reporting_cycle c where c.status = 'OPEN' and exists (
                    select 1 from org_unit_view o where o.path like :subtree and exists (
                        select 1 from ledger_measure_view m
                        where m.campaign_id = c.campaign_id and m.lead_org_id = o.id and m.status <> 'CLOSED'))
                order by c.due_date, c.id""").param("subtree", subtree).query((rs, n) -> cycle(rs)).list().stream()
                .map(this::withExclusions)
                .toList();
    }

    /** Every open cycle with its campaign's name and owning office, soonest due first. */
    List<CycleOfCampaign> allOpen() {
        return jdbc.sql("""
                select c.*, k.name as campaign_name, k.owner_org_id from reporting_cycle c
                join ledger_campaign_view k on k.id = c.campaign_id
                where c.status = 'OPEN' order by c.due_date, c.id""")
                .query((rs, n) ->
                        new CycleOfCampaign(cycle(rs), rs.getString("campaign_name"), rs.getLong("owner_org_id")))
                .list();
    }

    /** Writes the cycle's status if its stored version is still the one read. */
    boolean updateStatus(ReportingCycle cycle) {
        return jdbc.sql("""
                update reporting_cycle set status = :status, closed_at = :closed, version = version + 1
                where id = :id and version = :version""")
                        .param("status", cycle.status().name())
                        .param("closed", Jdbc.utc(cycle.closedAt()))
                        .param("id", cycle.id())
                        .param("version", cycle.version())
                        .update()
                == 1;
    }

    private ReportingCycle withExclusions(ReportingCycle c) {
        Set<Long> excluded = new HashSet<>(jdbc.sql("select measure_id from cycle_exclusion where cycle_id = :c")
                .param("c", c.id())
                .query(Long.class)
                .list());
        return new ReportingCycle(
                c.id(), c.campaignId(), c.period(), c.dueDate(), c.status(), excluded, c.closedAt(), c.version());
    }

    private static ReportingCycle cycle(ResultSet rs) throws SQLException {
        return new ReportingCycle(
                rs.getLong("id"),
                rs.getLong("campaign_id"),
                Cycle.parse("period", rs.getString("period")),
                Jdbc.date(rs, "due_date"),
                CycleStatus.valueOf(rs.getString("status")),
                Set.of(),
                Jdbc.instant(rs, "closed_at"),
                rs.getInt("version"));
    }
}
