package org.goldenthread.monitoring.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.Set;

/** The three terms of an English school year. */
public enum Term {
    AUTUMN(EnumSet.of(Month.AUGUST, Month.SEPTEMBER, Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER)),
    SPRING(EnumSet.of(Month.JANUARY, Month.FEBRUARY, Month.MARCH, Month.APRIL)),
    SUMMER(EnumSet.of(Month.APRIL, Month.MAY, Month.JUNE, Month.JULY, Month.AUGUST));

    // Easter moves the spring/summer boundary, so April belongs to either; late August to either end.
    private final Set<Month> months;

    Term(Set<Month> months) {
        this.months = months;
    }

    /** The usual term of a date: September to December autumn, January to March spring, April on summer. */
    public static Term of(LocalDate date) {
        return switch (date.getMonth()) {
            case SEPTEMBER, OCTOBER, NOVEMBER, DECEMBER -> AUTUMN;
            case JANUARY, FEBRUARY, MARCH -> SPRING;
            default -> SUMMER;
        };
    }

    /** Whether a date can fall in this term at all (term dates differ between schools and years). */
    public boolean canContain(LocalDate date) {
        return months.contains(date.getMonth());
    }
}
