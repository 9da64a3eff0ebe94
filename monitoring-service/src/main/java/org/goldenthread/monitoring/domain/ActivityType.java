package org.goldenthread.monitoring.domain;

/** The kinds of monitoring a school carries out (DESIGN.md, Monitoring). */
public enum ActivityType {
    WORK_SCRUTINY("Work scrutiny"),
    LESSON_OBSERVATION("Lesson observation"),
    LEARNING_WALK("Learning walk"),
    PUPIL_CONFERENCING("Pupil conferencing"),
    PUPIL_PROGRESS_MEETING("Pupil progress meeting"),
    AUDIT("Audit"),
    GOVERNOR_VISIT("Governor visit");

    private final String label;

    ActivityType(String label) {
        this.label = label;
    }

    /** How a school writes it, e.g. "Work scrutiny". */
    public String label() {
        return label;
    }
}
