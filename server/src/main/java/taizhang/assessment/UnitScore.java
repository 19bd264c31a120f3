package taizhang.assessment;

import java.math.BigDecimal;
import java.util.List;

/** A unit's computed score and the breakdown it adds up from. */
public record UnitScore(long orgId, String name, BigDecimal score, List<Component> components) {

    public UnitScore {
        components = List.copyOf(components);
    }
}
