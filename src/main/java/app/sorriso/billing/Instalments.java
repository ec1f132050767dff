package app.sorriso.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** How a total is split into instalments: equal shares in whole cents, the last one absorbing the rounding. */
public final class Instalments {

    private Instalments() {}

    /** Shares that add up to exactly {@code total}: 1000.00 in 3 is 333.33, 333.33 and 333.34. */
    public static List<BigDecimal> split(BigDecimal total, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("At least one instalment");
        }
        BigDecimal share = total.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
        List<BigDecimal> shares = new ArrayList<>(count);
        for (int n = 1; n < count; n++) {
            shares.add(share);
        }
        shares.add(total.subtract(share.multiply(BigDecimal.valueOf(count - 1))).setScale(2, RoundingMode.UNNECESSARY));
        return shares;
    }
}
