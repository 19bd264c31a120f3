package taizhang.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import taizhang.extract.Extractor;
import taizhang.extract.Hints;
import taizhang.extract.Report;
import taizhang.extract.structure.Measure;
import taizhang.extract.structure.Problem;

/** The real reports of other layouts keep their outline, and suggested statuses stay right. */
class LayoutDevelopmentSetTest {

    @Test
    void findsTheProblemsAndMeasuresOfEveryLayout() throws IOException {
        LayoutScore total = LayoutScore.EMPTY;
        for (Path goldFile : golds(taizhang.extract.DevelopmentSet.layoutsGold())) {
            total = total.plus(score(goldFile, taizhang.extract.DevelopmentSet.layoutsCorpus()));
        }
        assertThat(total.problems().f1()).as(total.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(total.measures().f1()).as(total.toString()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void suggestsOnlyStatusesTheTextStates() throws IOException {
        LayoutScore seed =
                score(taizhang.extract.DevelopmentSet.seedGoldFile(), taizhang.extract.DevelopmentSet.corpus());
        assertThat(seed.statuses().precision()).as(seed.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(seed.problems().f1()).isEqualTo(1.0);
        assertThat(seed.measures().f1()).isEqualTo(1.0);
    }

    private static LayoutScore score(Path goldFile, Path corpus) throws IOException {
        GoldDocument gold = GoldDocument.read(goldFile);
        Report report = Extractor.extract(Files.readAllBytes(corpus.resolve(gold.doc())), Hints.ofFile(gold.doc()));
        Map<Integer, String> suggested = new HashMap<>();
        report.statuses()
                .forEach(c -> suggested.put(c.measureStart(), c.status().code()));
        return Scorer.scoreLayout(gold, outline(report), suggested);
    }

    private static GoldDocument.Structure outline(Report report) {
        List<GoldDocument.Problem> problems = report.structure().problems().stream()
                .map((Problem p) -> new GoldDocument.Problem(
                        p.number(),
                        p.title(),
                        p.start(),
                        p.measures().stream()
                                .map((Measure m) -> new GoldDocument.Measure(m.ordinal(), m.title(), m.start()))
                                .toList()))
                .toList();
        return new GoldDocument.Structure(List.of(), problems);
    }

    private static List<Path> golds(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".gold.json"))
                    .sorted()
                    .toList();
        }
    }
}
