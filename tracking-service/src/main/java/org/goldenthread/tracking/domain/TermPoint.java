package org.goldenthread.tracking.domain;

/** One term of one academic year: the points on a pupil's term-by-term record, in order. */
public record TermPoint(AcademicYear year, Term term) implements Comparable<TermPoint> {

    /** Terms since a fixed origin: consecutive terms differ by one, across academic years too. */
    public int index() {
        return year.startYear() * 3 + term.ordinal();
    }

    public TermPoint previous() {
        return term == Term.AUTUMN ? new TermPoint(year.previous(), Term.SUMMER)
                : new TermPoint(year, Term.values()[term.ordinal() - 1]);
    }

    @Override
    public int compareTo(TermPoint other) {
        return Integer.compare(index(), other.index());
    }

    @Override
    public String toString() {
        return year + " " + term;
    }
}
