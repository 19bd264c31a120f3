package taizhang.indicator;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.ledger.AssignedUnits;

/** What other features may ask of the indicators' tables directly; the rest they read through its views (V62). */
@Repository
public class IndicatorQueries {

    private final JdbcClient jdbc;

    IndicatorQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Changes whenever a reading is recorded or an indicator added: the latest of each, from the end of the key. */
    public String changeMark() {
        return jdbc.sql("select (select max(id) from indicator_reading), (select max(id) from indicator)")
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2))
                .single();
    }

    /**
     * The ids of the campaign's indicators with a target, campaign-wide ones first. Each kind is
     * taken in id order up to the limit before the two are put together, so only the first few
     * indicators of a large campaign are read. {@code scopeOrg} not null keeps the indicators of
     * measures assigned within its subtree (the ledger's rule), which leaves out campaign-wide ones.
     */
    public List<Long> withTarget(long campaignId, Long scopeOrg, int limit) {
        String scoped = scopeOrg == null
                ? ""
                : " and " + AssignedUnits.within(scopeOrg, "i.measure_id").sql();
        String first = "select i.id, %d as kind from indicator i"
                + " where i.campaign_id = :campaign and i.target is not null and i.measure_id is %s" + scoped
                + " order by i.id limit :limit";
        JdbcClient.StatementSpec spec = jdbc.sql("select x.id from ((" + first.formatted(0, "null") + ") union all ("
                        + first.formatted(1, "not null") + ")) x order by x.kind, x.id limit :limit")
                .param("campaign", campaignId)
                .param("limit", limit);
        if (scopeOrg != null) {
            spec = spec.params(AssignedUnits.within(scopeOrg, "i.measure_id").params());
        }
        return spec.query(Long.class).list();
    }
}
