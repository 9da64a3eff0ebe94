package org.goldenthread.tracking.domain;

/** Sex as the school census records it. */
public enum Sex {
    M, F
}
