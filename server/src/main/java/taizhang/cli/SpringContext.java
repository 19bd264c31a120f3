package taizhang.cli;

import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import taizhang.TaizhangApplication;

/** Starts the application without its web server, for commands that work on the database. */
final class SpringContext {

    private SpringContext() {
    }

    static ConfigurableApplicationContext start(List<String> springArguments) {
        return new SpringApplicationBuilder(TaizhangApplication.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("spring.main.register-shutdown-hook=false", "logging.level.root=warn")
                .run(springArguments.toArray(String[]::new));
    }
}
