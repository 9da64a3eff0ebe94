package org.goldenthread.plans.domain;

/** Kinds of monitoring activity whose findings can meet a MONITORING milestone. */
public enum ActivityType {
    WORK_SCRUTINY("work scrutiny"),
    LESSON_OBSERVATION("lesson observation"),
    LEARNING_WALK("learning walk"),
    PUPIL_CONFERENCING("pupil conferencing"),
    PUPIL_PROGRESS_MEETING("pupil progress meeting"),
    AUDIT("audit"),
    GOVERNOR_VISIT("governor visit");

    private final String words;

    ActivityType(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
