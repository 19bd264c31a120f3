package taizhang.security;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import taizhang.shared.Database;

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
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributeUpsert(DataSource dataSource) {
        return switch (Database.of(dataSource)) {
            case POSTGRESQL -> new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
            case H2 -> repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
        };
    }
}
