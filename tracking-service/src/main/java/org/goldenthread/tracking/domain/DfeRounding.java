package org.goldenthread.tracking.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding as the DfE performance tables do it: whole-number percentages rounded half up (12.5%
 * shows as 13%). Checked against every Hampshire school in the KS2 2018 tables: rounding half to
 * even, or truncating, does not reproduce them. Worked in integers, so 0.285 never becomes 0.28499….
 */
public final class DfeRounding {
    private DfeRounding() {
    }

    /** {@code 100 × part / whole} rounded half up to a whole number. */
    public static int percent(long part, long whole) {
        if (whole <= 0) {
            throw new IllegalArgumentException("no percentage of an empty group");
        }
        return (int) ((200 * part + whole) / (2 * whole));
    }

    /** {@code 100 × part / whole} rounded half up to one decimal place (the exact figures). */
    public static BigDecimal percentOneDecimal(long part, long whole) {
        return BigDecimal.valueOf(1000 * part).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).movePointLeft(1);
    }

    /** {@code sum / count} rounded half up to a whole number. */
    public static int average(long sum, long count) {
        return (int) ((2 * sum + count) / (2 * count));
    }

    public static BigDecimal averageOneDecimal(long sum, long count) {
        return BigDecimal.valueOf(10 * sum).divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP).movePointLeft(1);
    }

    /** The difference of two exact percentages, in percentage points, to one decimal place. */
    public static BigDecimal gapOneDecimal(long partA, long wholeA, long partB, long wholeB) {
        BigDecimal a = BigDecimal.valueOf(100 * partA).divide(BigDecimal.valueOf(wholeA), 12, RoundingMode.HALF_EVEN);
        BigDecimal b = BigDecimal.valueOf(100 * partB).divide(BigDecimal.valueOf(wholeB), 12, RoundingMode.HALF_EVEN);
        return a.subtract(b).setScale(1, RoundingMode.HALF_UP);
    }
}
