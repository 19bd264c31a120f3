package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Two indexes fewer for every measure written on H2, which keeps an index of its own for each
 * foreign key unless one on exactly the key's columns exists when the key is declared (issue 12).
 * <ul>
 * <li>measure_problem becomes an index on problem_id alone and the key on problem_id is declared
 * again after it, which H2 then uses. The problem order (problem, ordinal, id) is read in problem
 * order from it and sorted within each problem, a few measures at a time.</li>
 * <li>The key on campaign_id goes. The column repeats the problem's campaign (V2) so the ledger's
 * main filter needs no join; the problem's own keys hold it, campaigns are never deleted, and
 * measure_campaign and the other indexes that start with it answer every read.</li>
 * </ul>
 * In Java because the keys' names are the database's own (H2 makes them up): they are read from the
 * information schema, which both databases keep alike.
 */
public class V150__measure_keys_without_extra_indexes extends BaseJavaMigration {

    private static final String KEY_ON = """
            select tc.constraint_name from information_schema.table_constraints tc
            join information_schema.key_column_usage k
              on k.constraint_schema = tc.constraint_schema and k.constraint_name = tc.constraint_name
            where tc.table_schema = current_schema and tc.table_name = 'measure'
              and tc.constraint_type = 'FOREIGN KEY' and k.column_name = '%s'""";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            dropKeyOn(sql, "problem_id");
            sql.execute("drop index measure_problem");
            sql.execute("create index measure_problem on measure (problem_id)");
            sql.execute("alter table measure add constraint measure_problem_fk"
                    + " foreign key (problem_id) references problem (id) on delete cascade");
            dropKeyOn(sql, "campaign_id");
        }
    }

    private static void dropKeyOn(Statement sql, String column) throws Exception {
        String key;
        try (ResultSet rs = sql.executeQuery(KEY_ON.formatted(column))) {
            if (!rs.next()) {
                throw new IllegalStateException("measure has no foreign key on " + column);
            }
            key = rs.getString(1);
        }
        sql.execute("alter table measure drop constraint \"" + key + "\"");
    }
}
