package taizhang.extract.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import taizhang.extract.DevelopmentSet;
import taizhang.extract.Extractor;
import taizhang.extract.Hints;
import taizhang.extract.Report;
import taizhang.extract.defect.Defect;
import taizhang.extract.defect.DefectFinder;
import taizhang.extract.defect.Script;
import taizhang.extract.entity.DateFinder;
import taizhang.extract.entity.DateMention;
import taizhang.extract.entity.DocumentTitle;
import taizhang.extract.entity.Organisation;
import taizhang.extract.entity.OrganisationFinder;
import taizhang.extract.entity.StatusCue;
import taizhang.extract.entity.StatusCues;
import taizhang.extract.entity.TitleFinder;
import taizhang.extract.quantity.Quantity;
import taizhang.extract.quantity.QuantityExtractor;
import taizhang.extract.structure.Structure;
import taizhang.extract.structure.StructureParser;
import taizhang.extract.text.Normalizer;

/**
 * JMH throughput of the extraction pipeline (issue 3: tens of MB of text per second per core).
 * The whole {@link Extractor#extract(String, Hints)} and each of its main steps run on the seed
 * report's body repeated to about 10 MB of UTF-8; HanLP's segmentation of one seed body runs in
 * the same JMH run as a baseline, so the ratio stays meaningful on a shared, noisy machine.
 *
 * <p>Each fork first warms the JIT for a few seconds on the seed body (see {@link #setUp}), then
 * runs JMH's warmup and measured iterations.
 *
 * <p>Run with {@code bench/extract.sh} at the repository root. Its {@link #main} accepts JMH's
 * usual options ({@code -prof gc}, a benchmark name pattern) and converts ops/s into MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class ExtractionBenchmark {

    private static final int TARGET_BYTES = 10_000_000;
    private static final Hints HINTS = Hints.none().withReportYear(2021);
    private static final long PRE_WARM_NANOS = 8_000_000_000L;

    private final QuantityExtractor quantityExtractor = new QuantityExtractor();
    private String seed;
    private String text;
    private String normalized;
    private Structure structure;

    @Setup
    public void setUp() {
        seed = seedBody();
        text = tenMegabytes(seed);
        normalized = Normalizer.normalize(text);
        structure = StructureParser.parse(text, normalized);
        HanLP.segment(seed);
        // A 10 MB operation takes a good part of a second, so a few warmup iterations run it only a
        // handful of times and the JIT is still compiling when measurement starts (scores kept
        // climbing). Many runs on one seed body compile the same code paths first.
        long warm = System.nanoTime() + PRE_WARM_NANOS;
        while (System.nanoTime() < warm) {
            Extractor.extract(seed, HINTS);
            HanLP.segment(seed);
        }
    }

    @Benchmark
    public Report pipeline() {
        return Extractor.extract(text, HINTS);
    }

    @Benchmark
    public Report pipelineOnSeed() {
        return Extractor.extract(seed, HINTS);
    }

    @Benchmark
    public List<Term> baselineHanlpSegmentOnSeed() {
        return HanLP.segment(seed);
    }

    @Benchmark
    public String normalise() {
        return Normalizer.normalize(text);
    }

    @Benchmark
    public Structure structure() {
        return StructureParser.parse(text, normalized);
    }

    @Benchmark
    public List<Quantity> quantities() {
        return quantityExtractor.find(text, normalized);
    }

    @Benchmark
    public List<DateMention> dates() {
        return DateFinder.find(text, normalized, 2021);
    }

    @Benchmark
    public List<DocumentTitle> titles() {
        return TitleFinder.find(text, normalized);
    }

    @Benchmark
    public List<Organisation> organisations() {
        return OrganisationFinder.standard().find(text, normalized);
    }

    @Benchmark
    public List<StatusCue> statuses() {
        return StatusCues.assess(structure, text, normalized);
    }

    @Benchmark
    public List<Defect> defects() {
        return DefectFinder.find(text, normalized, Script.HANT);
    }

    /**
     * Runs the benchmarks with JMH's command-line options, then prints each score in MB/s: by
     * wall time, and by the JVM's CPU time ({@link CpuTimeProfiler}), the steadier figure when
     * other work shares the machine.
     */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions cli = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(cli);
        options.addProfiler(CpuTimeProfiler.class);
        if (cli.getIncludes().isEmpty()) {
            options.include(ExtractionBenchmark.class.getSimpleName());
        }
        String seed = seedBody();
        double seedMb = utf8Megabytes(seed);
        double textMb = utf8Megabytes(tenMegabytes(seed));
        System.out.printf(Locale.ROOT, "%nInput: seed body %.3f MB, repeated to %.3f MB (UTF-8)%n", seedMb, textMb);
        System.out.printf(Locale.ROOT, "%-28s %22s %22s%n", "benchmark", "wall MB/s", "CPU MB/s");
        for (RunResult run : new Runner(options.build()).run()) {
            String name = run.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            double mb = name.endsWith("OnSeed") ? seedMb : textMb;
            Result<?> wall = run.getPrimaryResult();
            Result<?> cpu = run.getSecondaryResults().get(CpuTimeProfiler.LABEL);
            double cpuMbs = mb * 1000 / cpu.getScore();
            double cpuError = cpuMbs * cpu.getScoreError() / cpu.getScore();
            System.out.printf(
                    Locale.ROOT,
                    "%-28s %10.1f ± %9.1f %10.1f ± %9.1f%n",
                    name,
                    wall.getScore() * mb,
                    wall.getScoreError() * mb,
                    cpuMbs,
                    cpuError);
        }
    }

    /** The seed report without its site footer: the text the pipeline reads. */
    private static String seedBody() {
        String seedText = DevelopmentSet.seedText();
        return seedText.substring(0, seedText.indexOf("Copyright"));
    }

    private static String tenMegabytes(String body) {
        int bodyBytes = body.getBytes(StandardCharsets.UTF_8).length;
        return body.repeat((TARGET_BYTES + bodyBytes - 1) / bodyBytes);
    }

    private static double utf8Megabytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length / 1e6;
    }
}
