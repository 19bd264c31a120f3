package taizhang.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import taizhang.support.DatabaseTest;

/** The dashboard's change mark on a database without reports (a fresh install's first page). */
@DatabaseTest
class ProgressQueriesTest {

    @Test
    void aDatabaseWithoutReportsHasAMarkAndTheFirstReportChangesIt() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:progress-queries;DB_CLOSE_DELAY=-1");
        JdbcClient jdbc = JdbcClient.create(h2);
        jdbc.sql("create table progress_report (id bigint primary key)").update();
        ProgressQueries queries = new ProgressQueries(jdbc);

        String empty = queries.changeMark();
        jdbc.sql("insert into progress_report (id) values (1)").update();

        assertThat(empty).isNotNull();
        assertThat(queries.changeMark()).isNotEqualTo(empty);
    }
}
