package taizhang.ledger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What other features may ask of the ledger's tables directly; the rest they read through its views (V62). */
@Repository
public class LedgerQueries {

    private final JdbcClient jdbc;

    LedgerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Changes whenever a measure is edited or a campaign added: the latest measure edit and the
     * latest campaign, each read from the end of an index (through a view H2 would scan the table).
     */
    public String changeMark() {
        return jdbc.sql("select (select max(updated_at) from measure), (select max(id) from campaign)")
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2))
                .single();
    }
}
