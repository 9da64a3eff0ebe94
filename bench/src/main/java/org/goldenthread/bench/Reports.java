package org.goldenthread.bench;

import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Number formatting and JSON rendering shared by the reports. */
public final class Reports {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Reports() {
    }

    /** Pretty JSON for maps, lists, records and plain values. */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }

    /** A rate: whole numbers without decimals, others with one. */
    public static String rate(double r) {
        if (Double.isNaN(r)) {
            return "-";
        }
        if (r == Math.rint(r) && Math.abs(r) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) r);
        }
        return String.format(Locale.ROOT, "%.1f", r);
    }

    /** A ratio with three decimals, {@code -} when undefined. */
    public static String ratio(double r) {
        return Double.isNaN(r) || Double.isInfinite(r) ? "-" : String.format(Locale.ROOT, "%.3f", r);
    }

    /** {@code a / b}, {@code NaN} when either is undefined or {@code b} is zero. */
    public static double divide(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b) || b == 0) {
            return Double.NaN;
        }
        return a / b;
    }

    /** Rounds for JSON (3 decimals); {@code NaN}/infinite become {@code null}. */
    public static Double round3(double v) {
        return LatencySummary.json(v);
    }
}
