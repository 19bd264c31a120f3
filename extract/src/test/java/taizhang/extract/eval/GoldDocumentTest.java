package taizhang.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.extract.quantity.Quantity;

class GoldDocumentTest {

    @Test
    void readsTheSeedAnnotation() {
        GoldDocument gold = DevelopmentSet.seedGold();

        assertThat(gold.script()).isEqualTo("hant");
        assertThat(gold.quantities()).hasSize(314);
        assertThat(gold.structure().sections()).hasSize(1);
        assertThat(gold.structure().problems()).hasSize(23);
        assertThat(gold.structure().problems().stream()
                        .mapToInt(p -> p.measures().size())
                        .sum())
                .isEqualTo(82);
        assertThat(gold.defects()).hasSize(4);
    }

    @Test
    void keepsLargeValuesExactAndQualifiersAsEnum() {
        GoldDocument gold = DevelopmentSet.seedGold();

        assertThat(gold.quantities()).anySatisfy(q -> {
            assertThat(q.text()).isEqualTo("413.2億元");
            assertThat(q.value()).isEqualByComparingTo(new BigDecimal("41320000000"));
        });
        assertThat(gold.quantities()).anySatisfy(q -> {
            assertThat(q.text()).isEqualTo("近13億元");
            assertThat(q.qualifierValue()).isEqualTo(Quantity.Qualifier.ABOUT);
        });
    }

    @Test
    void textOfEveryGoldQuantityIsTheSpanOfTheReport() {
        String text = DevelopmentSet.seedText();

        assertThat(DevelopmentSet.seedGold().quantities())
                .allSatisfy(q -> assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text()));
    }

    @Test
    void rejectsAFileThatIsNotGold(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("x.gold.json"), "{not json");

        assertThatThrownBy(() -> GoldDocument.read(file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("x.gold.json");
    }

    @Test
    void toleratesMissingListsAndUnknownFields(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("y.gold.json"), "{\"doc\":\"y.txt\",\"extra\":1}");

        GoldDocument gold = GoldDocument.read(file);

        assertThat(gold.quantities()).isEmpty();
        assertThat(gold.structure().problems()).isEmpty();
    }
}
