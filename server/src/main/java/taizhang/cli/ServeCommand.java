package taizhang.cli;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;
import taizhang.TaizhangApplication;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Start the server (default). Embedded database in ./data unless configured.")
public class ServeCommand implements Runnable {

    @Option(names = "--port", description = "HTTP port (default 8080)")
    Integer port;

    @Option(names = "--no-demo", description = "On an empty database, create no demo data")
    boolean noDemo;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public void run() {
        List<String> args = new ArrayList<>(springArguments);
        if (port != null) {
            args.add("--server.port=" + port);
        }
        if (noDemo) {
            args.add("--taizhang.demo=false");
        }
        SpringApplication.run(TaizhangApplication.class, args.toArray(String[]::new));
    }
}
