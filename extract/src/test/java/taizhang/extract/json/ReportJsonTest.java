package taizhang.extract.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.extract.DevelopmentSet;
import taizhang.extract.Extractor;
import taizhang.extract.Hints;
import taizhang.extract.Report;
import taizhang.extract.Source;
import taizhang.extract.defect.Script;
import taizhang.extract.quantity.Quantity;
import taizhang.extract.structure.Structure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void writesQuantitiesInTheGoldConventions() {
        Report report = new Report(
                "a.txt",
                "2萬余名,85.9%",
                10,
                2021,
                Script.HANT,
                new Source("text", "UTF-8"),
                Structure.empty(),
                List.of(
                        new Quantity(0, 4, "2萬余名", new BigDecimal("2E+4"), "名", Quantity.Qualifier.MORE),
                        new Quantity(5, 10, "85.9%", new BigDecimal("85.90"), "%", null)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        String json = ReportJson.write(report);
        assertThat(json).contains("\"value\" : 20000,").contains("\"value\" : 85.9,");
        JsonNode q = JSON.readTree(json).get("quantities");
        assertThat(q.get(0).get("qualifier").asString()).isEqualTo("more");
        assertThat(q.get(1).get("qualifier").isNull()).isTrue();
        assertThat(q.get(0).get("value").isIntegralNumber()).isTrue();
    }

    @Test
    void writesTheSeedWithTheGoldFieldNames() {
        JsonNode root = JSON.readTree(ReportJson.write(
                Extractor.extract(DevelopmentSet.seedText(), Hints.ofFile(DevelopmentSet.SEED + ".txt"))));
        JsonNode gold = DevelopmentSet.seedGold();
        assertThat(root.get("script").asString()).isEqualTo(gold.get("script").asString());
        JsonNode problem = root.get("structure").get("problems").get(0);
        JsonNode goldProblem = gold.get("structure").get("problems").get(0);
        assertThat(problem.get("title")).isEqualTo(goldProblem.get("title"));
        assertThat(problem.get("start")).isEqualTo(goldProblem.get("start"));
        assertThat(problem.get("measures").get(0).get("ordinal"))
                .isEqualTo(goldProblem.get("measures").get(0).get("ordinal"));
        assertThat(root.get("defects").get(0).get("kind").asString()).isEqualTo("missing-number");
        assertThat(root.propertyNames())
                .contains(
                        "doc",
                        "source",
                        "structure",
                        "quantities",
                        "defects",
                        "dates",
                        "titles",
                        "organisations",
                        "statuses");
    }
}
