package org.goldenthread.tracking.domain;

/**
 * The counts behind one termly-results row (school or trust × year group × subject × pupil group):
 * everything a percentage or an average is made from. Counts add up across schools, which is how
 * a trust roll-up is weighted by cohort.
 */
public record GroupCounts(int cohort, int atExpected, int greaterDepth, int onTrack, int scaledCount, long scaledSum) {
    public static final GroupCounts EMPTY = new GroupCounts(0, 0, 0, 0, 0, 0);

    public GroupCounts plus(GroupCounts other) {
        return new GroupCounts(cohort + other.cohort, atExpected + other.atExpected, greaterDepth + other.greaterDepth,
                onTrack + other.onTrack, scaledCount + other.scaledCount, scaledSum + other.scaledSum);
    }

    /** Adds one pupil's result. */
    public GroupCounts plus(boolean expected, boolean high, boolean onTarget, Integer scaledScore) {
        return new GroupCounts(cohort + 1, atExpected + (expected ? 1 : 0), greaterDepth + (high ? 1 : 0),
                onTrack + (onTarget ? 1 : 0), scaledCount + (scaledScore == null ? 0 : 1),
                scaledSum + (scaledScore == null ? 0 : scaledScore));
    }
}
