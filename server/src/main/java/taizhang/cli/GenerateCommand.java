package taizhang.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;
import taizhang.ledger.LedgerGenerator;

@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Generate a campaign of N measures with realistic data (load tests, demos).")
public class GenerateCommand implements Callable<Integer> {

    @Option(names = "--measures", required = true, description = "How many measures to create")
    int measures;

    @Option(names = "--campaign-name", description = "Name of the generated campaign")
    String campaignName;

    @Option(
            names = "--seed",
            defaultValue = "20210901",
            description = "Random seed: the same seed gives the same ledger")
    long seed;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        if (measures < 1) {
            System.err.println("--measures must be at least 1");
            return 2;
        }
        try (var context = SpringContext.start(springArguments)) {
            long started = System.nanoTime();
            LedgerGenerator.Result result = context.getBean(LedgerGenerator.class)
                    .generate(new LedgerGenerator.Request(measures, campaignName, seed), System.out::println);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf(
                    "生成完成 / generated: campaign %d, %d problems, %d measures, %d indicators, "
                            + "%d readings in %.1f s (%.0f measures/s)%n",
                    result.campaignId(),
                    result.problems(),
                    result.measures(),
                    result.indicators(),
                    result.readings(),
                    took.toMillis() / 1000.0,
                    result.measures() * 1000.0 / Math.max(1, took.toMillis()));
            return 0;
        }
    }
}
