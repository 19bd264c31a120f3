package taizhang.progress;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.shared.SqlCondition;

/** What other features may ask of the progress reports' tables directly; the rest they read through its views (V62). */
@Repository
public class ProgressQueries {

    private final JdbcClient jdbc;

    ProgressQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Changes whenever a report is filed: the latest report's id, from the end of the primary key
     * ("null" while there is none).
     */
    public String changeMark() {
        return jdbc.sql("select max(id) from progress_report")
                .query((rs, n) -> String.valueOf(rs.getString(1)))
                .single();
    }

    /**
     * Per organisation that filed them, its reports for these periods that the office returned and
     * has not accepted since: still returned, or submitted again and awaiting review (a resubmitted
     * report keeps its return reason until accepted). {@code measures} narrows to the reports of
     * some measures, such as one campaign's.
     */
    public Map<Long, Long> returnedByUnit(Collection<String> periods, SqlCondition measures) {
        Map<Long, Long> returned = new HashMap<>();
        if (periods.isEmpty()) {
            return returned;
        }
        jdbc.sql("select r.organisation_id, count(*) from progress_report r where r.period in (:periods)"
                        + " and (r.status = 'RETURNED' or (r.status = 'SUBMITTED' and r.return_reason is not null))"
                        + " and " + measures.sql() + " group by r.organisation_id")
                .param("periods", periods)
                .params(measures.params())
                .query(rs -> {
                    returned.put(rs.getLong(1), rs.getLong(2));
                });
        return returned;
    }
}
