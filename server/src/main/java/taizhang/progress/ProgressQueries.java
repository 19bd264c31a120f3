package taizhang.progress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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
}
