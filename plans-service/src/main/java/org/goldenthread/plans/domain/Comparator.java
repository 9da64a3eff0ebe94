package org.goldenthread.plans.domain;

import java.math.BigDecimal;

/** How an observed value is compared with the target. */
public enum Comparator {
    AT_LEAST("≥"), AT_MOST("≤");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean meets(BigDecimal observed, BigDecimal target) {
        int c = observed.compareTo(target);
        return this == AT_LEAST ? c >= 0 : c <= 0;
    }
}
