package taizhang.shared;

import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Brings PostgreSQL's statistics of a table up to date after a bulk write, where its own
 * autovacuum would come minutes later: opening a cycle of a million measures writes a million
 * obligations, and until they were analysed the missing list of a 盟市 was planned as if the
 * cycle had one row (540 ms instead of 80). H2 analyses a table itself after enough changes.
 */
@Component
public class TableStatistics {

    private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]*");

    private final JdbcClient jdbc;
    private final boolean postgres;

    TableStatistics(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = Database.of(dataSource) == Database.POSTGRESQL;
    }

    public void refresh(String table) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        if (postgres) {
            jdbc.sql("analyze " + table).update();
        }
    }
}
