package taizhang.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit's assessment for a year as kept: the computed score with its breakdown and, when the
 * office adjusted it, the adjustment. {@link #score} is the one that stands (the adjusted, else the
 * computed) and {@link #components} add up to it, the adjustment as a line of its own.
 */
public record UnitResult(
        long orgId,
        String name,
        BigDecimal computedScore,
        List<Component> computed,
        Adjustment adjustment,
        Rating rating,
        int version) {

    public UnitResult {
        computed = List.copyOf(computed);
    }

    static UnitResult of(UnitScore computed, Adjustment adjustment, Thresholds thresholds, int version) {
        BigDecimal score = adjustment == null ? computed.score() : adjustment.score();
        return new UnitResult(
                computed.orgId(),
                computed.name(),
                computed.score(),
                computed.components(),
                adjustment,
                thresholds.rate(score),
                version);
    }

    public BigDecimal score() {
        return adjustment == null ? computedScore : adjustment.score();
    }

    public boolean adjusted() {
        return adjustment != null;
    }

    public List<Component> components() {
        if (adjustment == null) {
            return computed;
        }
        List<Component> all = new ArrayList<>(computed);
        all.add(Component.adjustment(adjustment.score().subtract(computedScore), adjustment.reason()));
        return List.copyOf(all);
    }
}
