package taizhang.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Writes a commit on an embedded H2 database to its file before the caller is answered. H2 writes
 * committed changes in the background up to its WRITE_DELAY later (half a second by default, five
 * seconds as {@link EmbeddedSettings} sets it), so a crash in that window lost transactions already
 * acknowledged; a CHECKPOINT after the commit writes them first
 * (about half a millisecond), while a large transaction's pages are still written in the background as
 * it goes. {@code WRITE_DELAY=0} would do the same by writing every page on the writer's own thread,
 * which made the 100,000-row Excel import a third slower. PostgreSQL is durable at commit, and an
 * in-memory database has no file: both are left alone. Spring Boot registers this listener with the
 * transaction manager, so it covers every {@code @Transactional} method and TransactionTemplate.
 */
@Component
class DurableCommits implements TransactionExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(DurableCommits.class);

    private final DataSource dataSource;
    private volatile Boolean embeddedFile;

    DurableCommits(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable failure) {
        if (failure != null || transaction.isReadOnly() || Boolean.FALSE.equals(embeddedFile)) {
            return;
        }
        // Still the transaction's own connection: the manager unbinds it after its listeners ran.
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (embeddedFile == null) {
                embeddedFile = isEmbeddedFile(connection.getMetaData().getURL());
            }
            if (embeddedFile) {
                try (Statement checkpoint = connection.createStatement()) {
                    checkpoint.execute("CHECKPOINT");
                }
            }
        } catch (SQLException e) {
            log.error(
                    "A committed transaction could not be written to the database file at once: it is written"
                            + " within H2's write delay, and lost if the server crashes before then",
                    e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    static boolean isEmbeddedFile(String url) {
        return url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
    }
}
