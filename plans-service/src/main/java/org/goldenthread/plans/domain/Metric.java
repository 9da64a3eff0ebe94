package org.goldenthread.plans.domain;

/** Which figure of the termly results a tracking measure looks at. */
public enum Metric {
    PCT_AT_OR_ABOVE_EXPECTED, PCT_GREATER_DEPTH, PCT_ON_TRACK, GAP_DISADVANTAGED, AVG_SCALED_SCORE
}
