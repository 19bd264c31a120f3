package taizhang.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import taizhang.org.OrgService;
import taizhang.org.OrganisationMoved;

/**
 * An organisation moved in the tree: the measures led by or co-assigned to its subtree get their
 * {@code measure_unit} rows (each unit's ancestors below the root, see migration V30) again from
 * the new paths, by the rule every writer uses ({@link UnitAncestors}), in the move's transaction.
 * The moved node is an ancestor of each of them, so its own rows find them.
 */
@Component
class UnitRowsAfterMove {

    private static final int CHUNK = 500;

    private record Assigned(long id, Long lead, long campaignId, long problemId, int ordinal) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final OrgService organisations;

    UnitRowsAfterMove(JdbcClient jdbc, JdbcTemplate batch, OrgService organisations) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.organisations = organisations;
    }

    @EventListener
    void moved(OrganisationMoved moved) {
        List<Long> ids = jdbc.sql("select measure_id from measure_unit where org_id = :org order by measure_id")
                .param("org", moved.organisationId())
                .query(Long.class)
                .list();
        UnitAncestors ancestors = UnitAncestors.of(organisations.all());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            rewrite(ids.subList(from, Math.min(ids.size(), from + CHUNK)), ancestors);
        }
    }

    private void rewrite(List<Long> ids, UnitAncestors ancestors) {
        List<Assigned> measures = jdbc.sql(
                        "select id, lead_org_id, campaign_id, problem_id, ordinal from measure where id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> new Assigned(
                        rs.getLong("id"),
                        rs.getObject("lead_org_id") == null ? null : rs.getLong("lead_org_id"),
                        rs.getLong("campaign_id"),
                        rs.getLong("problem_id"),
                        rs.getInt("ordinal")))
                .list();
        Map<Long, List<Long>> coUnits = new HashMap<>();
        jdbc.sql("select measure_id, org_id from measure_co_unit where measure_id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .forEach(e -> coUnits.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        jdbc.sql("delete from measure_unit where measure_id in (:ids)")
                .param("ids", ids)
                .update();
        List<Object[]> rows = new ArrayList<>();
        for (Assigned m : measures) {
            for (Long org : ancestors.of(m.lead(), coUnits.getOrDefault(m.id(), List.of()))) {
                rows.add(new Object[] {org, m.id(), m.campaignId(), m.problemId(), m.ordinal()});
            }
        }
        batch.batchUpdate(
                "insert into measure_unit (org_id, measure_id, campaign_id, problem_id, ordinal) values (?, ?, ?, ?, ?)",
                rows);
    }
}
