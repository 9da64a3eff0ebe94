package org.goldenthread.tracking.domain;

/** Subjects termly results are given for: each assessed subject, and RWM (at expected in all three). */
public enum ResultsSubject {
    READING, WRITING, MATHS, GPS, SCIENCE, RWM;

    public static ResultsSubject of(Subject subject) {
        return valueOf(subject.name());
    }
}
