package taizhang.shared;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One clock for the whole server, so rules that depend on "today" can be tested with a fixed one.
 * The demo may set its own today ({@code taizhang.demo-today}): its ledger then lives in the year
 * the seed tells of. That day is the day its database was created (Flyway's first migration, on
 * the database's own clock), so a restart goes on where the story is rather than starting the day
 * again. Without the demo the setting is ignored, so a real ledger never runs on it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    ServerClock clock(
            DataSource dataSource,
            @Value("${taizhang.demo:true}") boolean demo,
            @Value("${taizhang.demo-today:}") String demoToday) {
        Clock system = Clock.systemDefaultZone();
        if (!demo || demoToday.isBlank()) {
            return ServerClock.system(system);
        }
        return ServerClock.today(system, LocalDate.parse(demoToday.strip()), created(dataSource, system));
    }

    /** The real day the database was created; today when it has no schema yet. */
    private static LocalDate created(DataSource dataSource, Clock system) {
        try {
            Date first = new JdbcTemplate(dataSource)
                    .queryForObject("select cast(min(installed_on) as date) from flyway_schema_history", Date.class);
            return first == null ? LocalDate.now(system) : first.toLocalDate();
        } catch (DataAccessException noSchemaYet) {
            return LocalDate.now(system);
        }
    }
}
