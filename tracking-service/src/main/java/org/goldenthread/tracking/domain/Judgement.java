package org.goldenthread.tracking.domain;

/**
 * A teacher-assessment judgement against the expected standard: PKS/BLW (pre-key-stage standards,
 * or below), WTS (working towards), EXS (expected), GDS (greater depth).
 */
public enum Judgement {
    PKS(1), BLW(1), WTS(2), EXS(3), GDS(4);

    private final int level;

    Judgement(int level) {
        this.level = level;
    }

    /** The attainment level this judgement stands for (see {@link Attainment}). */
    public int level() {
        return level;
    }
}
