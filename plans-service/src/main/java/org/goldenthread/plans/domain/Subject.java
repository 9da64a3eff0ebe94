package org.goldenthread.plans.domain;

/** Subjects that tracking publishes termly results for; RWM is reading, writing and maths combined. */
public enum Subject {
    READING("reading", true),
    WRITING("writing", false),
    MATHS("maths", true),
    GPS("grammar, punctuation and spelling", true),
    SCIENCE("science", false),
    RWM("reading, writing and maths combined", false);

    private final String words;
    private final boolean tested;

    Subject(String words, boolean tested) {
        this.words = words;
        this.tested = tested;
    }

    public String words() {
        return words;
    }

    /** Whether the subject has a test with scaled scores (KS2 reading, maths and GPS). */
    public boolean hasScaledScores() {
        return tested;
    }
}
