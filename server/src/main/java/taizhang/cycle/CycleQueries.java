package taizhang.cycle;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What other features may ask of the cycles' tables directly, counted in the database. */
@Repository
public class CycleQueries {

    /**
     * A lead unit's record over a set of closed cycles: reports it was required to give, those
     * submitted or accepted by the close, and those returned and not submitted again by then; the
     * rest were missing at the close (逾期未报).
     */
    public record UnitReporting(long orgId, long required, long settled, long returned, int cycles) {

        public long missing() {
            return required - settled - returned;
        }
    }

    private final JdbcClient jdbc;

    CycleQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per lead unit, its obligations in the campaign's cycles closed with a period ending within
     * {@code from}–{@code to}, as they stood at each close: one grouped pass over the obligations
     * and the snapshot, which holds each required measure's lead unit at the close.
     */
    public List<UnitReporting> reportingByLeadUnit(long campaignId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select s.lead_org_id, count(*) as required,
                       sum(case when o.progress = 2 then 1 else 0 end) as settled,
                       sum(case when o.progress = 1 then 1 else 0 end) as returned,
                       count(distinct c.id) as cycles
                from reporting_cycle c
                join cycle_obligation o on o.cycle_id = c.id
                join cycle_snapshot s on s.cycle_id = o.cycle_id and s.measure_id = o.measure_id
                where c.campaign_id = :campaign and c.status = 'CLOSED' and c.period_end between :from and :to
                  and s.required and s.lead_org_id is not null
                group by s.lead_org_id""")
                .param("campaign", campaignId)
                .param("from", from)
                .param("to", to)
                .query((rs, n) ->
                        new UnitReporting(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getInt(5)))
                .list();
    }

    /** The years in which the campaign has closed cycles, latest first. */
    public List<Integer> closedYears(long campaignId) {
        return jdbc
                .sql(
                        "select distinct period_end from reporting_cycle where campaign_id = :campaign and status = 'CLOSED'")
                .param("campaign", campaignId)
                .query(LocalDate.class)
                .list()
                .stream()
                .map(LocalDate::getYear)
                .distinct()
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }

    /** How many cycles of the campaign closed with a period ending within {@code from}–{@code to}. */
    public int closedCycles(long campaignId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(*) from reporting_cycle
                where campaign_id = :campaign and status = 'CLOSED' and period_end between :from and :to""")
                .param("campaign", campaignId)
                .param("from", from)
                .param("to", to)
                .query(Integer.class)
                .single();
    }
}
