package taizhang.extract.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
import taizhang.extract.eval.LayoutScore;
import taizhang.extract.eval.Score;
import taizhang.extract.eval.Scorer;

/**
 * {@code evaluate GOLD_DIR CORPUS_DIR [GOLD_DIR CORPUS_DIR]…}: runs the extractor on every corpus
 * file that has a gold file ({@code NAME.gold.json} for the file its {@code doc} names, by default
 * {@code NAME.txt}: text, a web page, DOCX, DOC, PDF or a sheet) and prints precision,
 * recall and F1 of quantities and defects and the structure accuracy, per document and over all
 * of them; then, for the gold files that name their layout, problem and measure F1 and the
 * precision of suggested statuses per layout.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Scores the extractor against gold annotations (gold/FORMAT.md).")
public class EvaluateCommand implements Callable<Integer> {

    private static final String GOLD_SUFFIX = ".gold.json";

    @Parameters(arity = "2..*", paramLabel = "GOLD_DIR CORPUS_DIR", description = "Pairs of folders.")
    List<Path> folders;

    @Option(names = "--year", description = "The report year for relative dates; inferred if absent.")
    Integer year;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (folders.size() % 2 != 0) {
            err.println("目录须成对给出：GOLD_DIR CORPUS_DIR (folders come in pairs)");
            return ExtractCommand.UNREADABLE;
        }
        out.println(String.format(
                Locale.ROOT, "%-28s %-26s %-26s %s", "document", "quantities P/R/F1", "defects P/R/F1", "structure"));
        Score total = Score.EMPTY;
        Map<String, LayoutScore> byLayout = new TreeMap<>();
        Map<String, Integer> docs = new TreeMap<>();
        int exit = 0;
        for (int f = 0; f < folders.size(); f += 2) {
            List<Path> golds = golds(folders.get(f), err);
            if (golds == null) {
                return ExtractCommand.UNREADABLE;
            }
            for (Path goldFile : golds) {
                String name = goldFile.getFileName().toString();
                name = name.substring(0, name.length() - GOLD_SUFFIX.length());
                try {
                    GoldDocument gold = GoldDocument.read(goldFile);
                    Path corpusFile = folders.get(f + 1).resolve(corpusName(gold, name));
                    if (!Files.isRegularFile(corpusFile)) {
                        continue;
                    }
                    Report report = extract(corpusFile);
                    Score score = score(gold, report);
                    out.println(line(name, score));
                    total = total.plus(score);
                    if (gold.layout() != null) {
                        byLayout.merge(gold.layout(), layoutScore(gold, report), LayoutScore::plus);
                        docs.merge(gold.layout(), 1, Integer::sum);
                    }
                } catch (ExtractionException | IOException | UncheckedIOException e) {
                    err.println(name + ": " + e.getMessage());
                    exit = ExtractCommand.UNREADABLE;
                }
            }
        }
        out.println(line("overall", total));
        printLayouts(out, byLayout, docs);
        out.flush();
        err.flush();
        return exit;
    }

    /**
     * The report a gold file annotates: the file its {@code doc} names (a web page, Word document or
     * sheet is read as the extractor reads it, and the offsets point into that text), else NAME.txt.
     */
    private static String corpusName(GoldDocument gold, String name) {
        return gold.doc() == null || gold.doc().isBlank() ? name + ".txt" : gold.doc();
    }

    private static List<Path> golds(Path goldDir, PrintWriter err) {
        try (Stream<Path> listing = Files.list(goldDir)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(GOLD_SUFFIX))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            err.println(goldDir + ": 无法读取目录 (cannot list): " + e.getMessage());
            return null;
        }
    }

    private static void printLayouts(PrintWriter out, Map<String, LayoutScore> byLayout, Map<String, Integer> docs) {
        if (byLayout.isEmpty()) {
            return;
        }
        out.println();
        out.println(String.format(
                Locale.ROOT,
                "%-20s %5s %-24s %-24s %s",
                "layout",
                "docs",
                "problems P/R/F1",
                "measures P/R/F1",
                "status precision (suggested)"));
        LayoutScore all = LayoutScore.EMPTY;
        for (var e : byLayout.entrySet()) {
            out.println(layoutLine(e.getKey(), docs.get(e.getKey()), e.getValue()));
            all = all.plus(e.getValue());
        }
        out.println(layoutLine(
                "all layouts",
                docs.values().stream().mapToInt(Integer::intValue).sum(),
                all));
    }

    private static String layoutLine(String layout, int docs, LayoutScore s) {
        return String.format(
                Locale.ROOT,
                "%-20s %5d %-24s %-24s %.4f (%d)",
                layout,
                docs,
                prf(s.problems()),
                prf(s.measures()),
                s.statuses().precision(),
                s.statuses().truePositives() + s.statuses().falsePositives());
    }

    private static LayoutScore layoutScore(GoldDocument gold, Report report) {
        Map<Integer, String> suggested = new HashMap<>();
        report.statuses()
                .forEach(c -> suggested.put(c.measureStart(), c.status().code()));
        return Scorer.scoreLayout(gold, GoldView.structure(report.structure()), suggested);
    }

    private Report extract(Path corpusFile) throws IOException {
        return Extractor.extract(
                Files.readAllBytes(corpusFile),
                new Hints(corpusFile.getFileName().toString(), null, year));
    }

    /** A gold file that names its layout and lists no quantities or defects annotates only the outline. */
    private static Score score(GoldDocument gold, Report report) {
        boolean outlineOnly = gold.layout() != null
                && gold.quantities().isEmpty()
                && gold.defects().isEmpty();
        return Scorer.score(
                gold,
                outlineOnly ? List.of() : report.quantities(),
                GoldView.structure(report.structure()),
                outlineOnly ? List.of() : GoldView.defects(report.defects()));
    }

    private static String line(String name, Score s) {
        return String.format(
                Locale.ROOT, "%-28s %-26s %-26s %s", name, prf(s.quantities()), prf(s.defects()), s.structure());
    }

    private static String prf(Counts c) {
        return String.format(Locale.ROOT, "%.4f/%.4f/%.4f", c.precision(), c.recall(), c.f1());
    }
}
