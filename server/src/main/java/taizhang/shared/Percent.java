package taizhang.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share in percent as the bulletins write it: two decimals, rounded half up (688 of 697 → 98.71). */
public final class Percent {

    private Percent() {}

    public static BigDecimal of(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
