package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import taizhang.support.DatabaseTest;

/** After a large committed update, PostgreSQL's visibility map is whole again for index-only scans. */
@DatabaseTest
@SpringBootTest
class TableStatisticsIntegrationTest {

    @Autowired
    TableStatistics statistics;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void aLargeUpdateIsVacuumedAtOnceOnPostgreSql() {
        boolean postgres = Database.of(dataSource) == Database.POSTGRESQL;
        jdbc.sql("drop table if exists bulk_update_probe").update();
        jdbc.sql("create table bulk_update_probe (id integer primary key, warning varchar(10))")
                .update();
        try {
            jdbc.sql(
                            postgres
                                    ? "insert into bulk_update_probe select x, 'GREEN' from generate_series(1, 20000) x"
                                    : "insert into bulk_update_probe select \"X\", 'GREEN' from system_range(1, 20000)")
                    .update();
            int moved =
                    jdbc.sql("update bulk_update_probe set warning = 'YELLOW'").update();

            statistics.afterBulkUpdate("bulk_update_probe", moved);

            if (postgres) {
                // Every page all-visible again, and the dead versions of the update gone.
                assertThat(jdbc.sql("select relallvisible = relpages and relpages > 0 from pg_class"
                                        + " where relname = 'bulk_update_probe'")
                                .query(Boolean.class)
                                .single())
                        .isTrue();
            } else {
                assertThat(jdbc.sql("select count(*) from bulk_update_probe where warning = 'YELLOW'")
                                .query(Long.class)
                                .single())
                        .isEqualTo(20_000L);
            }
        } finally {
            jdbc.sql("drop table bulk_update_probe").update();
        }
    }

    @Test
    void onlyATableNameIsAccepted() {
        assertThatThrownBy(() -> statistics.afterBulkUpdate("measure; drop table measure", 20_000))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
