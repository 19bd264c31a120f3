package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import taizhang.support.DatabaseTest;

/** A column a migration adds to a table with rows gets PostgreSQL statistics at the next start. */
@DatabaseTest
@SpringBootTest
class StatisticsAfterMigrationIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway flyway;

    @Test
    void flywayRunsTheCheckAfterEachMigration() {
        assertThat(Arrays.stream(flyway.getConfiguration().getCallbacks()))
                .anyMatch(StatisticsAfterMigration.class::isInstance);
    }

    @Test
    void anAddedColumnIsAnalysedOnceOnPostgreSql() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                assertThat(StatisticsAfterMigration.analyseGaps(connection)).isEmpty();
                return;
            }
            jdbc.sql("drop table if exists statistics_gap_probe").update();
            jdbc.sql("create table statistics_gap_probe (id integer primary key)")
                    .update();
            jdbc.sql("insert into statistics_gap_probe select g from generate_series(1, 1000) g")
                    .update();
            jdbc.sql("analyze statistics_gap_probe").update();
            jdbc.sql("alter table statistics_gap_probe add column removed_at timestamp with time zone")
                    .update();
            try {
                assertThat(StatisticsAfterMigration.analyseGaps(connection)).contains("statistics_gap_probe");
                assertThat(jdbc.sql("select null_frac from pg_stats where tablename = 'statistics_gap_probe'"
                                        + " and attname = 'removed_at'")
                                .query(Double.class)
                                .single())
                        .isEqualTo(1.0);
                assertThat(StatisticsAfterMigration.analyseGaps(connection)).doesNotContain("statistics_gap_probe");
            } finally {
                jdbc.sql("drop table statistics_gap_probe").update();
            }
        }
    }
}
