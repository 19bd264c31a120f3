package taizhang.shared;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The two databases the product runs on; SQL that differs between them asks here which it is. */
public enum Database {
    H2,
    POSTGRESQL;

    public static Database of(DataSource dataSource) {
        String name;
        try (Connection connection = dataSource.getConnection()) {
            name = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
        if ("H2".equalsIgnoreCase(name)) {
            return H2;
        }
        if ("PostgreSQL".equalsIgnoreCase(name)) {
            return POSTGRESQL;
        }
        throw new IllegalStateException("Taizhang runs on H2 or PostgreSQL, not on " + name);
    }
}
