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

    /** A command-line argument, so that it outranks the port in application.yml. */
    private static final String NO_PORT = "--server.port=-1";

    private SpringContext() {}

    static ConfigurableApplicationContext start(List<String> springArguments) {
        return new SpringApplicationBuilder(TaizhangApplication.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("spring.main.register-shutdown-hook=false", "logging.level.root=warn")
                .run(closedPort(springArguments));
    }

    private static String[] closedPort(List<String> springArguments) {
        List<String> args = new java.util.ArrayList<>(springArguments);
        args.removeIf(a -> a.startsWith("--server.port="));
        args.add(NO_PORT);
        return args.toArray(String[]::new);
    }
}
