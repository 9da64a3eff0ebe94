package org.goldenthread.bench;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parses and formats the short durations used on the command line: {@code 30s}, {@code 500ms}, {@code 2m}, {@code PT30S}. */
public final class Durations {

    private Durations() {
    }

    /**
     * Parses {@code 250ms}, {@code 30s}, {@code 1.5s}, {@code 2m}, {@code 1h}, an ISO-8601 duration ({@code PT30S}) or a plain
     * number of seconds ({@code 30}).
     */
    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty duration");
        }
        String s = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (s.startsWith("pt") || s.startsWith("p")) {
                return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
            }
            if (s.endsWith("ms")) {
                return nanos(number(s, 2), 1_000_000L);
            }
            if (s.endsWith("us")) {
                return nanos(number(s, 2), 1_000L);
            }
            if (s.endsWith("s")) {
                return nanos(number(s, 1), 1_000_000_000L);
            }
            if (s.endsWith("m")) {
                return nanos(number(s, 1), 60_000_000_000L);
            }
            if (s.endsWith("h")) {
                return nanos(number(s, 1), 3_600_000_000_000L);
            }
            return nanos(Double.parseDouble(s), 1_000_000_000L);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (use e.g. 500ms, 30s, 2m, PT30S)", e);
        }
    }

    private static double number(String s, int suffixLength) {
        return Double.parseDouble(s.substring(0, s.length() - suffixLength).trim());
    }

    private static Duration nanos(double amount, long unitNanos) {
        if (amount < 0 || Double.isNaN(amount) || Double.isInfinite(amount)) {
            throw new NumberFormatException("bad amount " + amount);
        }
        return Duration.ofNanos(Math.round(amount * unitNanos));
    }

    /** Seconds as a double. */
    public static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    /** Short human form: {@code 30s}, {@code 1.5s}, {@code 250ms}. */
    public static String format(Duration d) {
        long nanos = d.toNanos();
        if (nanos == 0) {
            return "0s";
        }
        if (nanos % 1_000_000_000L == 0) {
            return (nanos / 1_000_000_000L) + "s";
        }
        if (nanos >= 1_000_000_000L) {
            return trim(nanos / 1e9) + "s";
        }
        return trim(nanos / 1e6) + "ms";
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
