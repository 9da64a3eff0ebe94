package org.goldenthread.plans.domain;

import java.util.regex.Pattern;

/** A term of an academic year ("spring 2026-27"), ordered in time. */
public record TermOfYear(String academicYear, Term term) implements java.lang.Comparable<TermOfYear> {
    public static final Pattern ACADEMIC_YEAR = Pattern.compile("^(\\d{4})-(\\d{2})$");

    /** Whether "2026-27" names a real academic year: the second part is the year after the first. */
    public static boolean isAcademicYear(String value) {
        if (value == null) {
            return false;
        }
        var m = ACADEMIC_YEAR.matcher(value);
        if (!m.matches()) {
            return false;
        }
        int start = Integer.parseInt(m.group(1));
        return (start + 1) % 100 == Integer.parseInt(m.group(2));
    }

    @Override
    public int compareTo(TermOfYear other) {
        int c = academicYear.compareTo(other.academicYear);
        return c != 0 ? c : term.compareTo(other.term);
    }

    public boolean isBefore(TermOfYear other) {
        return compareTo(other) < 0;
    }

    @Override
    public String toString() {
        return term.words() + " " + academicYear;
    }
}
