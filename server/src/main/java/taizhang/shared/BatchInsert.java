package taizhang.shared;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Inserts rows in one JDBC batch and hands back each row's generated id, in order. */
public final class BatchInsert {

    private BatchInsert() {}

    /** The caller bounds the batch (a chunk of an import); an empty list writes nothing. */
    public static <T> List<Long> returningIds(
            JdbcTemplate jdbc, String sql, List<T> rows, ParameterizedPreparedStatementSetter<T> setter) {
        if (rows.isEmpty()) {
            return List.of();
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(
                con -> con.prepareStatement(sql, new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        setter.setValues(ps, rows.get(i));
                    }

                    @Override
                    public int getBatchSize() {
                        return rows.size();
                    }
                },
                keys);
        List<Long> ids = keys.getKeyList().stream()
                .map(k -> ((Number) k.get("id")).longValue())
                .toList();
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("expected " + rows.size() + " generated ids, got " + ids.size());
        }
        return ids;
    }
}
