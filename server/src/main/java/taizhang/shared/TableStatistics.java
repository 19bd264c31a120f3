package taizhang.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(TableStatistics.class);
    private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]*");

    /** Rows an update must have changed before {@link #afterBulkUpdate} vacuums their table. */
    static final int BULK_ROWS = 10_000;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final boolean postgres;

    TableStatistics(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.postgres = Database.of(dataSource) == Database.POSTGRESQL;
    }

    public void refresh(String table) {
        if (postgres) {
            jdbc.sql("analyze " + checked(table)).update();
        }
    }

    /**
     * Called once a set-based update of {@code rowsChanged} rows has committed. Until PostgreSQL
     * vacuums a table, its index-only scans read the table itself for every page an update touched,
     * and autovacuum waits for a fifth of the rows to change: at a million measures, the 42,000
     * warnings a cycle's opening moved touched most pages, and the open cycle's missing list took
     * 227 ms instead of 114 until the next vacuum. So a large update is vacuumed (and analysed) at
     * once, on a connection of its own: VACUUM cannot run inside a transaction. A failure is logged,
     * never thrown: it only costs speed.
     */
    public void afterBulkUpdate(String table, int rowsChanged) {
        String name = checked(table);
        if (!postgres || rowsChanged < BULK_ROWS) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("vacuum (analyze) " + name);
        } catch (SQLException e) {
            log.warn("could not vacuum {} after {} rows changed: {}", name, rowsChanged, e.getMessage());
        }
    }

    private static String checked(String table) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        return table;
    }
}
