package taizhang.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import taizhang.support.DatabaseTest;

/**
 * V146 gives draft rows stored before it their 建议（未确认） flag from their JSON, so a draft under
 * review when the server is upgraded still counts its unconfirmed measures. The migrations run
 * again in a schema of the test's own, up to V145, then past it.
 */
@DatabaseTest
@SpringBootTest
class DraftUnconfirmedMigrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void rowsStoredBeforeTheColumnAreFlaggedFromTheirJson() {
        String schema = "v146_probe_" + Long.toString(System.nanoTime(), 36);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        try {
            migrate(schema, "145");
            jdbc.sql("insert into " + schema
                            + ".organisation (id, name, kind, path) values (1, '整改办', 'OFFICE', '/1/')")
                    .update();
            jdbc.sql("insert into " + schema + ".import_draft"
                            + " (id, owner_org_id, file_name, sha256, status, source_text, created_by)"
                            + " values (1, 1, 'r.txt', 'x', 'DRAFT', '', 'office')")
                    .update();
            item(jdbc, schema, 0, "P", "p1", "{\"key\":\"p1\"}");
            item(jdbc, schema, 1, "M", "m1", "{\"key\":\"m1\",\"unconfirmedUnits\":[7,9]}");
            item(jdbc, schema, 2, "M", "m2", "{\"key\":\"m2\",\"unconfirmedUnits\":[]}");
            item(jdbc, schema, 3, "M", "m3", "{\"key\":\"m3\"}");

            migrate(schema, "latest");

            assertThat(jdbc.sql("select item_key from " + schema + ".import_draft_item where unconfirmed order by item")
                            .query(String.class)
                            .list())
                    .containsExactly("m1");
        } finally {
            jdbc.sql("drop schema if exists " + schema + " cascade").update();
        }
    }

    private void migrate(String schema, String target) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .createSchemas(true)
                .target(target)
                .load()
                .migrate();
    }

    private static void item(JdbcClient jdbc, String schema, int place, String kind, String key, String body) {
        jdbc.sql("insert into " + schema + ".import_draft_item (import_id, item, kind, item_key, problem_key, body)"
                        + " values (1, :item, :kind, :key, 'p1', :body)")
                .param("item", place)
                .param("kind", kind)
                .param("key", key)
                .param("body", body)
                .update();
    }
}
