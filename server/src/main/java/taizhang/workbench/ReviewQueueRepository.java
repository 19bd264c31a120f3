package taizhang.workbench;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reports waiting for review: submitted, on measures of campaigns owned within the
 * reviewer's subtree — the office reviews its own campaigns, oldest submission first.
 */
@Repository
class ReviewQueueRepository {

    /** How the queue names a report's measure: its code ({@code 3-2}) and title. */
    record QueuedMeasure(long id, String code, String title) {}

    private final JdbcClient jdbc;

    ReviewQueueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> submitted(String scope, int limit) {
        return jdbc.sql("""
                select r.id from progress_report r join measure m on m.id = r.measure_id
                where r.status = 'SUBMITTED'
                  and exists (select 1 from campaign c join organisation o on o.id = c.owner_org_id
                              where c.id = m.campaign_id and o.path like :scope)
                order by r.submitted_at, r.id limit :limit""")
                .param("scope", scope)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /**
     * The queued reports' measures by id, read apart from {@link #submitted} so the queue's plan
     * stays the one that sorts submitted reports alone, and the problem is joined for these few.
     */
    Map<Long, QueuedMeasure> measures(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                select m.id, p.number, m.ordinal, m.title from measure m join problem p on p.id = m.problem_id
                where m.id in (:ids)""")
                .param("ids", ids)
                .query((rs, n) -> new QueuedMeasure(
                        rs.getLong("id"), rs.getInt("number") + "-" + rs.getInt("ordinal"), rs.getString("title")))
                .list()
                .stream()
                .collect(Collectors.toMap(QueuedMeasure::id, Function.identity()));
    }
}
