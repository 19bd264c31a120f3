package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import taizhang.support.DatabaseTest;

/**
 * A commit on the embedded file database is in the file when the transaction returns: the file is
 * copied at that moment, as a crash would leave it, and the copy opened. The write delay is made
 * long so that H2's background writer cannot be what wrote it. Tagged as a database test, it runs on
 * the PostgreSQL pass as well, on its own H2 file again.
 */
@DatabaseTest
class DurableCommitsTest {

    @TempDir
    Path dir;

    @Test
    void aCommittedRowIsInTheFileWhenTheTransactionReturns() throws Exception {
        assertThat(rowsInCopyAfterCommit(true)).isEqualTo(1);
    }

    @Test
    void withoutItTheRowWaitsForH2sWriteDelay() throws Exception {
        assertThat(rowsInCopyAfterCommit(false)).isZero();
    }

    @Test
    void onlyAnEmbeddedFileDatabaseNeedsIt() {
        assertThat(DurableCommits.isEmbeddedFile("jdbc:h2:file:./data/taizhang;MODE=PostgreSQL"))
                .isTrue();
        assertThat(DurableCommits.isEmbeddedFile("jdbc:h2:./data/taizhang")).isTrue();
        assertThat(DurableCommits.isEmbeddedFile("jdbc:h2:mem:taizhang;DB_CLOSE_DELAY=-1"))
                .isFalse();
        assertThat(DurableCommits.isEmbeddedFile("jdbc:postgresql://localhost/taizhang"))
                .isFalse();
    }

    private int rowsInCopyAfterCommit(boolean durable) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=60000";
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
        try {
            JdbcClient.create(dataSource)
                    .sql("create table t (id int primary key)")
                    .update();
            JdbcClient.create(dataSource).sql("checkpoint").update();
            JdbcTransactionManager transactions = new JdbcTransactionManager(dataSource);
            if (durable) {
                transactions.addListener(new DurableCommits(dataSource));
            }
            new TransactionTemplate(transactions)
                    .executeWithoutResult(s -> JdbcClient.create(dataSource)
                            .sql("insert into t values (1)")
                            .update());
            Files.copy(dir.resolve("db.mv.db"), dir.resolve("crashed.mv.db"));
        } finally {
            dataSource.destroy();
        }
        try (Connection crashed = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("crashed"), "sa", "");
                ResultSet rows = crashed.createStatement().executeQuery("select count(*) from t")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new AssertionError("the copy of the database file did not open", e);
        }
    }
}
