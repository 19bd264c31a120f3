package taizhang.shared;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database part of {@code /actuator/health}, in place of Spring's, which borrows a connection
 * and so waits up to the pool's timeout whenever every connection is in use: a load balancer then
 * drains a node that is merely busy (and every node at once). A pool whose connections are all
 * in use is a busy database that answers, so the node is up; otherwise a connection is checked.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

    private final DataSource dataSource;

    DatabaseHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        if (dataSource instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
            HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
            if (pool.getIdleConnections() == 0 && pool.getActiveConnections() >= hikari.getMaximumPoolSize()) {
                return Health.up()
                        .withDetail("pool", "busy")
                        .withDetail("active", pool.getActiveConnections())
                        .withDetail("waiting", pool.getThreadsAwaitingConnection())
                        .build();
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2)
                    ? Health.up().build()
                    : Health.down().withDetail("error", "connection not valid").build();
        } catch (SQLException e) {
            return Health.down(e).build();
        }
    }
}
