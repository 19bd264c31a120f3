package taizhang.extract.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.extract.DevelopmentSet;
import taizhang.extract.text.Normalizer;
import tools.jackson.databind.JsonNode;

class SeedStructureTest {

    private final String text = DevelopmentSet.seedText();
    private final JsonNode gold = DevelopmentSet.seedGold().get("structure");
    private final Structure structure = parse(text);

    @Test
    void findsTheOneSectionOfTheGold() {
        JsonNode section = gold.get("sections").get(0);
        assertThat(structure.sections())
                .extracting(Section::label, Section::title, Section::start)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        section.get("label").asString(),
                        section.get("title").asString(),
                        section.get("start").asInt()));
    }

    @Test
    void findsTheProblemsOfTheGoldWithTheirTitlesAndStarts() {
        List<String> expected = new ArrayList<>();
        for (JsonNode p : gold.get("problems")) {
            expected.add(p.get("number").asInt() + " " + p.get("start").asInt() + " "
                    + p.get("title").asString());
        }
        assertThat(structure.problems())
                .extracting(p -> p.number() + " " + p.start() + " " + p.title())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void findsTheMeasuresOfTheGoldWithTheirOrdinalsTitlesAndStarts() {
        List<String> expected = new ArrayList<>();
        for (JsonNode p : gold.get("problems")) {
            for (JsonNode m : p.get("measures")) {
                expected.add(p.get("number").asInt() + "/" + m.get("ordinal").asInt() + " "
                        + m.get("start").asInt() + " " + m.get("title").asString());
            }
        }
        List<String> actual = new ArrayList<>();
        for (Problem p : structure.problems()) {
            for (Measure m : p.measures()) {
                actual.add(p.number() + "/" + m.ordinal() + " " + m.start() + " " + m.title());
            }
        }
        assertThat(actual).hasSize(82).containsExactlyElementsOf(expected);
    }

    @Test
    void measureSpansTileTheirProblemAndEndBeforeTheFooter() {
        Problem last = structure.problems().get(structure.problems().size() - 1);
        Measure lastMeasure = last.measures().get(last.measures().size() - 1);
        assertThat(lastMeasure.text()).startsWith("三是完善便民服務舉措").endsWith("項目有序推進。");
        assertThat(last.end()).isEqualTo(lastMeasure.end());
        for (Problem p : structure.problems()) {
            for (int i = 0; i + 1 < p.measures().size(); i++) {
                assertThat(p.measures().get(i).end())
                        .isLessThanOrEqualTo(p.measures().get(i + 1).start());
            }
        }
    }

    static Structure parse(String text) {
        String body = text.substring(0, SiteFooter.bodyEnd(text));
        return StructureParser.parse(body, Normalizer.normalize(body));
    }
}
