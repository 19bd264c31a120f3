package taizhang.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import taizhang.shared.InvalidRequestException;

/** The office's adjustment of a computed score: the score it stands at instead, why, who and when. */
public record Adjustment(BigDecimal score, String reason, String by, Instant at) {

    static final int MAX_REASON = 1000;

    /** An adjustment as asked: a score within 0–100 and a written reason. */
    public static Adjustment of(BigDecimal score, String reason, String by, Instant at) {
        if (score == null || score.signum() < 0 || score.compareTo(Scoring.FULL) > 0) {
            throw new InvalidRequestException("score", "调整后的分数应在 0 到 100 分之间");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "调整考核分数必须写明理由");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new InvalidRequestException("reason", "理由不能超过 " + MAX_REASON + " 字");
        }
        return new Adjustment(Scoring.points(score), reason.strip(), by, at);
    }
}
