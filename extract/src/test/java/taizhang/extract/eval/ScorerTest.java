package taizhang.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.extract.eval.GoldDocument.Defect;
import taizhang.extract.eval.GoldDocument.GoldQuantity;
import taizhang.extract.eval.GoldDocument.Measure;
import taizhang.extract.eval.GoldDocument.Problem;
import taizhang.extract.eval.GoldDocument.Section;
import taizhang.extract.eval.GoldDocument.Structure;
import taizhang.extract.quantity.Quantity;

class ScorerTest {

    private static GoldQuantity gold(int start, int end, String value, String unit) {
        return new GoldQuantity(start, end, "x", new BigDecimal(value), unit, null);
    }

    private static Quantity predicted(int start, int end, String value, String unit) {
        return new Quantity(start, end, "x", new BigDecimal(value), unit, null);
    }

    @Test
    void matchesOverlappingSpanWithNumericallyEqualValueAndSameUnit() {
        Score score =
                Scorer.scoreQuantities(List.of(gold(10, 17, "20000", "名")), List.of(predicted(12, 20, "2E+4", "名")));

        assertThat(score.quantities()).isEqualTo(new Counts(1, 0, 0));
        assertThat(score.quantities().f1()).isEqualTo(1.0);
    }

    @Test
    void rejectsAdjacentSpanOtherValueOrOtherUnit() {
        List<GoldQuantity> gold = List.of(gold(10, 17, "5", "个"));

        assertThat(Scorer.scoreQuantities(gold, List.of(predicted(17, 20, "5", "个")))
                        .quantities())
                .isEqualTo(new Counts(0, 1, 1));
        assertThat(Scorer.scoreQuantities(gold, List.of(predicted(10, 17, "6", "个")))
                        .quantities())
                .isEqualTo(new Counts(0, 1, 1));
        assertThat(Scorer.scoreQuantities(gold, List.of(predicted(10, 17, "5", "")))
                        .quantities())
                .isEqualTo(new Counts(0, 1, 1));
    }

    @Test
    void pairsOneToOneAndFindsTheLargestPairing() {
        List<GoldQuantity> gold = List.of(gold(0, 5, "3", "个"), gold(4, 9, "3", "个"));
        List<Quantity> predicted =
                List.of(predicted(3, 6, "3", "个"), predicted(0, 2, "3", "个"), predicted(3, 6, "3", "个"));

        Score score = Scorer.scoreQuantities(gold, predicted);

        assertThat(score.quantities()).isEqualTo(new Counts(2, 1, 0));
        assertThat(score.spuriousQuantities()).hasSize(1);
    }

    @Test
    void reportsMissedAndSpuriousQuantities() {
        Score score = Scorer.scoreQuantities(
                List.of(gold(0, 2, "1", "个"), gold(5, 8, "2", "人")),
                List.of(predicted(0, 2, "1", "个"), predicted(20, 22, "9", "个")));

        assertThat(score.missedQuantities()).extracting(GoldQuantity::start).containsExactly(5);
        assertThat(score.spuriousQuantities()).extracting(Quantity::start).containsExactly(20);
        assertThat(score.quantities().precision()).isEqualTo(0.5);
        assertThat(score.quantities().recall()).isEqualTo(0.5);
    }

    @Test
    void emptyPredictionAgainstEmptyGoldIsPerfect() {
        assertThat(Scorer.scoreQuantities(List.of(), List.of()).quantities().f1())
                .isEqualTo(1.0);
    }

    @Test
    void matchesDefectsByOverlapAndKind() {
        List<Defect> gold = List.of(new Defect(10, 15, "受理辦件件", "missing-number"));

        assertThat(Scorer.scoreDefects(gold, List.of(new Defect(13, 15, "件件", "missing-number"))))
                .isEqualTo(new Counts(1, 0, 0));
        assertThat(Scorer.scoreDefects(gold, List.of(new Defect(10, 15, "受理辦件件", "typo"))))
                .isEqualTo(new Counts(0, 1, 1));
    }

    @Test
    void structureIsExactOnlyWhenEveryFieldOfEveryItemAgrees() {
        Structure gold = new Structure(
                List.of(new Section("(一)", "坚持", 35)),
                List.of(new Problem(1, "全面加强", 72, List.of(new Measure(1, "落实", 86), new Measure(2, "强化", 264)))));
        Structure shifted = new Structure(
                gold.sections(),
                List.of(new Problem(1, "全面加强", 72, List.of(new Measure(1, "落实", 86), new Measure(2, "强化", 265)))));

        assertThat(Scorer.scoreStructure(gold, gold).exact()).isTrue();
        StructureScore score = Scorer.scoreStructure(gold, shifted);
        assertThat(score.exact()).isFalse();
        assertThat(score.accuracy()).isEqualTo(3.0 / 5);
    }

    @Test
    void goldAgainstItselfScoresPerfectly() {
        GoldDocument gold = DevelopmentSet.seedGold();
        List<Quantity> asPredicted = gold.quantities().stream()
                .map(q -> new Quantity(q.start(), q.end(), q.text(), q.value(), q.unit(), q.qualifierValue()))
                .toList();

        Score score = Scorer.score(gold, asPredicted, gold.structure(), gold.defects());

        assertThat(score.quantities().f1()).isEqualTo(1.0);
        assertThat(score.structure().exact()).isTrue();
        assertThat(score.defects().f1()).isEqualTo(1.0);
    }

    @Test
    void sumsScoresOverDocuments() {
        Score a = Scorer.scoreQuantities(List.of(gold(0, 2, "1", "个")), List.of(predicted(0, 2, "1", "个")));
        Score b = Scorer.scoreQuantities(List.of(gold(0, 2, "1", "个")), List.of());

        assertThat(a.plus(b).quantities()).isEqualTo(new Counts(1, 0, 1));
        assertThat(Score.EMPTY.plus(a)).isEqualTo(a);
    }
}
