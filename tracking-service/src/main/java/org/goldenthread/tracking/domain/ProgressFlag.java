package org.goldenthread.tracking.domain;

/**
 * A pupil's progress in a subject, from the term-by-term record (rules in {@link ProgressRules}).
 * FALLING_BEHIND and STUCK are the DCSF toolkit's "children who are falling behind, slow-moving or
 * stuck" that a pupil progress meeting looks at.
 */
public enum ProgressFlag {
    ON_TRACK, FALLING_BEHIND, STUCK, ACCELERATED;

    public boolean needsAttention() {
        return this == FALLING_BEHIND || this == STUCK;
    }
}
