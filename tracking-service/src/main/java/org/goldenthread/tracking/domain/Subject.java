package org.goldenthread.tracking.domain;

/** Subjects a pupil is assessed in. RWM exists only as a combined results subject ({@link ResultsSubject}). */
public enum Subject {
    READING, WRITING, MATHS, GPS, SCIENCE;

    /** Reading, writing and maths: the three that make up the combined RWM measure. */
    public boolean isRwm() {
        return this == READING || this == WRITING || this == MATHS;
    }
}
