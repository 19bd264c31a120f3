package taizhang.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.extract.eval.DevelopmentSet;
import taizhang.extract.eval.GoldDocument;
import taizhang.extract.eval.Score;
import taizhang.extract.eval.Scorer;
import taizhang.extract.text.Normalizer;

/** The product's bar on the development report (PRODUCT.md): quantity F1 ≥ 0.97. */
class DevelopmentSetQuantityTest {

    @Test
    void quantitiesOfTheSeedReachTheProductBar() {
        String text = DevelopmentSet.seedText();
        GoldDocument gold = DevelopmentSet.seedGold();

        List<Quantity> found = new QuantityExtractor().find(text, Normalizer.normalize(text));
        Score score = Scorer.scoreQuantities(gold.quantities(), found);

        assertThat(score.quantities().f1())
                .as(score.toString() + " missed " + score.missedQuantities() + " spurious "
                        + score.spuriousQuantities())
                .isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void everyQuantityTextIsItsSpanOfTheOriginal() {
        String text = DevelopmentSet.seedText();

        assertThat(new QuantityExtractor().find(text, Normalizer.normalize(text)))
                .allSatisfy(q -> assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text()));
    }
}
