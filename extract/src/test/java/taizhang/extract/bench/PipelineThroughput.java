package taizhang.extract.bench;

import java.util.Locale;
import taizhang.extract.DevelopmentSet;
import taizhang.extract.Extractor;
import taizhang.extract.Hints;
import taizhang.extract.Report;
import taizhang.extract.defect.DefectFinder;
import taizhang.extract.defect.Script;
import taizhang.extract.defect.ScriptDetector;
import taizhang.extract.entity.DateFinder;
import taizhang.extract.entity.OrganisationFinder;
import taizhang.extract.entity.ReportYear;
import taizhang.extract.entity.StatusCues;
import taizhang.extract.entity.TitleFinder;
import taizhang.extract.quantity.QuantityExtractor;
import taizhang.extract.structure.SiteFooter;
import taizhang.extract.structure.Structure;
import taizhang.extract.structure.StructureParser;
import taizhang.extract.text.Normalizer;

/**
 * Measures the whole pipeline on the seed repeated to about 10 MB of text (UTF-8 bytes).
 * A main method, not a test: timings belong in BENCHMARKS.md, not in a pass/fail check.
 * Run: {@code java -cp <test and main classes + deps> taizhang.extract.bench.PipelineThroughput}.
 */
public final class PipelineThroughput {

    private static final int TARGET_BYTES = 10_000_000;

    private PipelineThroughput() {}

    public static void main(String[] args) {
        String seed = DevelopmentSet.seedText();
        String body = seed.substring(0, seed.indexOf("Copyright"));
        StringBuilder big = new StringBuilder();
        while (big.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < TARGET_BYTES) {
            big.append(body);
            if (big.length() * 3L < TARGET_BYTES - body.length() * 3L) {
                big.append(body.repeat(20));
            }
        }
        String text = big.toString();
        double mb = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1e6;
        Hints hints = Hints.none().withReportYear(2021);
        for (int i = 0; i < 3; i++) {
            Extractor.extract(text, hints);
        }
        int runs = 5;
        long best = Long.MAX_VALUE;
        Report report = null;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            report = Extractor.extract(text, hints);
            best = Math.min(best, System.nanoTime() - t);
        }
        System.out.printf(
                Locale.ROOT,
                "%.1f MB (%d chars): best of %d %.0f ms = %.1f MB/s (%.1f M chars/s); "
                        + "%d problems, %d quantities, %d organisations%n",
                mb,
                text.length(),
                runs,
                best / 1e6,
                mb / (best / 1e9),
                text.length() / 1e6 / (best / 1e9),
                report.structure().problems().size(),
                report.quantities().size(),
                report.organisations().size());
        stages(text, mb);
    }

    /** Where the time goes: each step alone on the same text. */
    private static void stages(String text, double mb) {
        String n = Normalizer.normalize(text);
        Structure structure = StructureParser.parse(text, n);
        time("normalise", mb, () -> Normalizer.normalize(text));
        time("footer", mb, () -> SiteFooter.bodyEnd(text));
        time("report year", mb, () -> ReportYear.infer(n));
        time("structure", mb, () -> StructureParser.parse(text, n));
        time("quantities", mb, () -> new QuantityExtractor().find(text, n));
        time("dates", mb, () -> DateFinder.find(text, n, 2021));
        time("titles", mb, () -> TitleFinder.find(text, n));
        time("organisations", mb, () -> OrganisationFinder.standard().find(text, n));
        time("statuses", mb, () -> StatusCues.assess(structure, text, n));
        time("script", mb, () -> ScriptDetector.detect(text));
        time("defects", mb, () -> DefectFinder.find(text, n, Script.HANT));
    }

    private static void time(String stage, double mb, Runnable step) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            step.run();
            best = Math.min(best, System.nanoTime() - t);
        }
        System.out.printf(Locale.ROOT, "  %-14s %6.0f ms  %7.1f MB/s%n", stage, best / 1e6, mb / (best / 1e9));
    }
}
