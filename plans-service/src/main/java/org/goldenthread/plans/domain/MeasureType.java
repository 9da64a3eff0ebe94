package org.goldenthread.plans.domain;

/** How a milestone is evaluated: from tracking results, from monitoring findings, or by a reviewer. */
public enum MeasureType {
    TRACKING, MONITORING, MANUAL
}
