package taizhang.assessment;

import java.math.BigDecimal;
import taizhang.shared.InvalidRequestException;

/**
 * The lowest score of each rating: at least {@code good} is 好, at least {@code fairlyGood} 较好, at
 * least {@code fair} 一般, anything lower 差. They rise strictly and lie within 0–100.
 */
public record Thresholds(BigDecimal good, BigDecimal fairlyGood, BigDecimal fair) {

    static final Thresholds DEFAULT =
            new Thresholds(new BigDecimal("90.00"), new BigDecimal("80.00"), new BigDecimal("60.00"));

    public Thresholds {
        if (good == null || fairlyGood == null || fair == null) {
            throw new InvalidRequestException("thresholds", "请填写好、较好、一般三个等次的最低分");
        }
        if (fair.signum() < 0 || good.compareTo(Scoring.FULL) > 0) {
            throw new InvalidRequestException("thresholds", "等次分数线应在 0 到 100 分之间");
        }
        if (fair.compareTo(fairlyGood) >= 0 || fairlyGood.compareTo(good) >= 0) {
            throw new InvalidRequestException("thresholds", "等次分数线应依次升高：一般 < 较好 < 好");
        }
        good = Scoring.points(good);
        fairlyGood = Scoring.points(fairlyGood);
        fair = Scoring.points(fair);
    }

    public Rating rate(BigDecimal score) {
        if (score.compareTo(good) >= 0) {
            return Rating.GOOD;
        }
        if (score.compareTo(fairlyGood) >= 0) {
            return Rating.FAIRLY_GOOD;
        }
        return score.compareTo(fair) >= 0 ? Rating.FAIR : Rating.POOR;
    }
}
