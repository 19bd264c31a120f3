package taizhang.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.dashboard.Dashboard.Row;
import taizhang.ledger.WarningLevel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The 预警 donut colours each slice by its level, whichever levels are empty. */
class ChartingTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode warnings(long red, long yellow, long green) {
        List<Row> rows = List.of(
                new Row("红色预警", red, 0, null, "/ledger?warning=RED"),
                new Row("黄色预警", yellow, 0, null, "/ledger?warning=YELLOW"),
                new Row("绿色预警", green, 0, null, "/ledger?warning=GREEN"));
        return json.readTree(new Charting(json)
                .of(List.of(), List.of(), rows, List.of(), List.of())
                .byWarning());
    }

    @Test
    void eachLevelHasItsOwnColourBesideItsLabelAndLink() {
        JsonNode chart = warnings(0, 2, 5);
        for (int i = 0; i < 3; i++) {
            String label = chart.get("labels").get(i).asString();
            String colour = chart.get("colors").get(i).asString();
            String link = chart.get("links").get(i).asString();
            WarningLevel level = label.startsWith("红")
                    ? WarningLevel.RED
                    : label.startsWith("黄") ? WarningLevel.YELLOW : WarningLevel.GREEN;
            assertThat(colour).as(label).isEqualTo(WarningColour.of(level));
            assertThat(link).as(label).endsWith("warning=" + level.name());
        }
    }

    @Test
    void theChartsDrawEachLevelInTheColourOfTheLedgersBadge() throws Exception {
        String css;
        try (var in = ChartingTest.class.getResourceAsStream("/static/css/app.css")) {
            css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(css).contains("--red: " + WarningColour.of(WarningLevel.RED) + ";");
        assertThat(css).contains("--green: " + WarningColour.of(WarningLevel.GREEN) + ";");
        assertThat(css).contains(".warn-RED { background: var(--red); }");
        assertThat(css).contains(".warn-GREEN { background: var(--green); }");
        assertThat(css).contains(".warn-YELLOW { background: " + WarningColour.of(WarningLevel.YELLOW) + ";");
    }
}
