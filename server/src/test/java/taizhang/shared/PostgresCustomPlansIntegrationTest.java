package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import taizhang.support.DatabaseTest;

/** On PostgreSQL every statement is planned for its values; H2 gets no PostgreSQL option. */
@DatabaseTest
@SpringBootTest
class PostgresCustomPlansIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void postgreSqlPlansEachStatementForItsValues() throws Exception {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        if (product.equals("PostgreSQL")) {
            assertThat(jdbc.sql("show plan_cache_mode").query(String.class).single())
                    .isEqualTo("force_custom_plan");
        } else {
            assertThat(product).isEqualTo("H2");
        }
    }
}
