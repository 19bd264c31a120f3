package taizhang.shared;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole server, so rules that depend on "today" can be tested with a fixed one.
 * The demo may set its own today ({@code taizhang.demo-today}): its ledger then lives in the year
 * the seed tells of. The first start keeps the offset (V139) so later starts go on where the story
 * is, and a database the demo did not start runs on the real clock ({@code FirstStart} sees to
 * both). Without the demo the setting is ignored.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    ServerClock clock(
            @Value("${taizhang.demo:true}") boolean demo, @Value("${taizhang.demo-today:}") String demoToday) {
        Clock system = Clock.systemDefaultZone();
        return demo && !demoToday.isBlank()
                ? ServerClock.demo(system, LocalDate.parse(demoToday.strip()))
                : ServerClock.system(system);
    }
}
