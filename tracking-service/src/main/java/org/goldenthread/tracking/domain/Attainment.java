package org.goldenthread.tracking.domain;

/**
 * What one assessment says about a pupil against the expected standard (DESIGN.md, Tracking): at
 * or above expected = EXS/GDS or a scaled score of 100 or more; high = GDS or 110 or more.
 *
 * <p>Levels put teacher assessments and tests on one ordinal scale so that a term-by-term record
 * can be compared: 1 = PKS/BLW, 2 = WTS or a scaled score below 100, 3 = EXS or 100–109,
 * 4 = GDS or 110 and above.</p>
 */
public final class Attainment {
    public static final int EXPECTED_SCALED_SCORE = 100;
    public static final int HIGH_SCALED_SCORE = 110;
    public static final int EXPECTED_LEVEL = 3;

    private Attainment() {
    }

    public static int level(Judgement judgement, Integer scaledScore) {
        if (judgement != null) {
            return judgement.level();
        }
        if (scaledScore == null) {
            throw new IllegalArgumentException("an assessment has a judgement or a scaled score");
        }
        return scaledScore >= HIGH_SCALED_SCORE ? 4 : scaledScore >= EXPECTED_SCALED_SCORE ? 3 : 2;
    }

    public static boolean atOrAboveExpected(Judgement judgement, Integer scaledScore) {
        return level(judgement, scaledScore) >= EXPECTED_LEVEL;
    }

    public static boolean greaterDepth(Judgement judgement, Integer scaledScore) {
        return level(judgement, scaledScore) >= 4;
    }
}
