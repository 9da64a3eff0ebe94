package org.goldenthread.plans.rest;

import java.math.BigDecimal;

/** Figures as people write them: 65 rather than 65.0 (and never 6.5E+1). */
final class Numbers {
    private Numbers() {
    }

    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
