package org.goldenthread.tracking.domain;

/** Prior-attainment band (e.g. from key stage 1), as the DfE groups pupils for progress measures. */
public enum PriorAttainment {
    LOW, MIDDLE, HIGH
}
