package org.goldenthread.monitoring.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An academic year written the way schools write it, "2026-27": 1 September to 31 August. */
public record AcademicYear(int startYear) {
    private static final Pattern FORMAT = Pattern.compile("^(\\d{4})-(\\d{2})$");

    /** Parses "2026-27"; null when the text is not an academic year. */
    public static AcademicYear parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        return (start + 1) % 100 == end ? new AcademicYear(start) : null;
    }

    public static AcademicYear of(LocalDate date) {
        return new AcademicYear(date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 9, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 8, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    @Override
    public String toString() {
        return String.format("%d-%02d", startYear, (startYear + 1) % 100);
    }
}
