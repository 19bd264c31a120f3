package taizhang.cli;

import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import taizhang.TaizhangApplication;

/**
 * Starts the application without listening on a port, for commands that work on the database.
 * The context stays a web one ({@code server.port=-1} only keeps the server closed) because the
 * security configuration, which also provides the password encoder, needs web beans.
 */
final class SpringContext {

    private SpringContext() {
    }

    static ConfigurableApplicationContext start(List<String> springArguments) {
        return new SpringApplicationBuilder(TaizhangApplication.class).web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("spring.main.register-shutdown-hook=false", "logging.level.root=warn",
                        "server.port=-1")
                .run(springArguments.toArray(String[]::new));
    }
}
