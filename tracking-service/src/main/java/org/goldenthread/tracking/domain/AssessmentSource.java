package org.goldenthread.tracking.domain;

/** Where an assessment comes from: a teacher's judgement or a test with a scaled score. */
public enum AssessmentSource {
    TEACHER_ASSESSMENT, TEST
}
