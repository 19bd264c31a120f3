package taizhang.extract.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import taizhang.extract.ExtractionException;
import taizhang.extract.Extractor;
import taizhang.extract.Hints;
import taizhang.extract.Report;
import taizhang.extract.eval.Counts;
import taizhang.extract.eval.GoldDocument;
import taizhang.extract.eval.Score;
import taizhang.extract.eval.Scorer;

/**
 * {@code evaluate GOLD_DIR CORPUS_DIR}: runs the extractor on every corpus file that has a gold
 * file ({@code NAME.gold.json} for {@code NAME.txt}) and prints precision, recall and F1 of
 * quantities and defects and the structure accuracy, per document and over all of them.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Scores the extractor against gold annotations (gold/FORMAT.md).")
public class EvaluateCommand implements Callable<Integer> {

    private static final String GOLD_SUFFIX = ".gold.json";

    @Parameters(index = "0", paramLabel = "GOLD_DIR")
    Path goldDir;

    @Parameters(index = "1", paramLabel = "CORPUS_DIR")
    Path corpusDir;

    @Option(names = "--year", description = "The report year for relative dates; inferred if absent.")
    Integer year;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> golds;
        try (Stream<Path> listing = Files.list(goldDir)) {
            golds = listing.filter(p -> p.getFileName().toString().endsWith(GOLD_SUFFIX))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            err.println(goldDir + ": 无法读取目录 (cannot list): " + e.getMessage());
            return ExtractCommand.UNREADABLE;
        }
        out.println(String.format(
                Locale.ROOT, "%-28s %-26s %-26s %s", "document", "quantities P/R/F1", "defects P/R/F1", "structure"));
        Score total = Score.EMPTY;
        int exit = 0;
        for (Path goldFile : golds) {
            String name = goldFile.getFileName().toString();
            name = name.substring(0, name.length() - GOLD_SUFFIX.length());
            Path corpusFile = corpusDir.resolve(name + ".txt");
            if (!Files.isRegularFile(corpusFile)) {
                continue;
            }
            try {
                Score score = score(GoldDocument.read(goldFile), corpusFile);
                out.println(line(name, score));
                total = total.plus(score);
            } catch (ExtractionException | IOException | UncheckedIOException e) {
                err.println(name + ": " + e.getMessage());
                exit = ExtractCommand.UNREADABLE;
            }
        }
        out.println(line("overall", total));
        out.flush();
        err.flush();
        return exit;
    }

    private Score score(GoldDocument gold, Path corpusFile) throws IOException {
        Report report = Extractor.extract(
                Files.readAllBytes(corpusFile),
                new Hints(corpusFile.getFileName().toString(), null, year));
        return Scorer.score(
                gold, report.quantities(), GoldView.structure(report.structure()), GoldView.defects(report.defects()));
    }

    private static String line(String name, Score s) {
        return String.format(
                Locale.ROOT, "%-28s %-26s %-26s %s", name, prf(s.quantities()), prf(s.defects()), s.structure());
    }

    private static String prf(Counts c) {
        return String.format(Locale.ROOT, "%.4f/%.4f/%.4f", c.precision(), c.recall(), c.f1());
    }
}
