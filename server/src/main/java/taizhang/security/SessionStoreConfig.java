package taizhang.security;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Parallel requests of one session may each add the same attribute (the CSRF token right after
 * sign-in, when a browser opens several pages at once): Spring Session's plain INSERT then hits
 * the attribute's primary key and the request fails. The attribute is written as an upsert
 * instead, on either database; the last writer wins, as with any attribute update.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

    private static final String H2_UPSERT = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributeUpsert(DataSource dataSource)
            throws SQLException {
        String database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName();
        }
        if ("PostgreSQL".equalsIgnoreCase(database)) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        if ("H2".equalsIgnoreCase(database)) {
            return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
        }
        throw new IllegalStateException("sessions are kept on H2 or PostgreSQL, not on " + database);
    }
}
