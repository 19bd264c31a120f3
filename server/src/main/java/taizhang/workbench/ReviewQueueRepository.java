package taizhang.workbench;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reports waiting for review: submitted, on measures of campaigns owned within the
 * reviewer's subtree — the office reviews its own campaigns, oldest submission first.
 */
@Repository
class ReviewQueueRepository {

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
                .param("scope", scope).param("limit", limit).query(Long.class).list();
    }
}
