package taizhang.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * 一对一反馈: the office sends the units rated 一般 or 差 their own breakdown. Published once per
 * sending, after which each unit named is told (by the notify feature).
 *
 * @param run the computation's time in epoch seconds: a unit is told once per computation and score
 */
public record AssessmentFeedback(long campaignId, String campaignName, int year, long run, List<UnitFeedback> units) {

    /** One unit's score, rating and breakdown in words, one line per rule. */
    public record UnitFeedback(long orgId, String name, BigDecimal score, String rating, List<String> lines) {

        static UnitFeedback of(UnitResult u) {
            return new UnitFeedback(
                    u.orgId(),
                    u.name(),
                    u.score(),
                    u.rating().label(),
                    u.components().stream()
                            .map(c -> c.label() + " " + Scoring.plain(c.points()) + "/" + Scoring.plain(c.weight())
                                    + " 分：" + c.detail())
                            .toList());
        }
    }

    public AssessmentFeedback {
        units = List.copyOf(units);
    }
}
