package org.goldenthread.tracking.domain;

import java.util.regex.Pattern;

/** An English academic year such as {@code 2026-27} (September 2026 to August 2027). */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{2})");

    /** Why {@code text} is not an academic year, or null when it is one. */
    public static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "is required, e.g. 2026-27";
        }
        var m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            return "must be an academic year such as 2026-27";
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if (start < 1990 || start > 2100) {
            return "must be between 1990-91 and 2100-01";
        }
        if (end != (start + 1) % 100) {
            return "must name two consecutive years, e.g. " + start + "-" + String.format("%02d", (start + 1) % 100);
        }
        return null;
    }

    public static AcademicYear parse(String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException("academic year " + problem);
        }
        return new AcademicYear(Integer.parseInt(text.trim().substring(0, 4)));
    }

    public AcademicYear previous() {
        return new AcademicYear(startYear - 1);
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}
