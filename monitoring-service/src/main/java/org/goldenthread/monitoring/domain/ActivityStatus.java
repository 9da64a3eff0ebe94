package org.goldenthread.monitoring.domain;

/** PLANNED → COMPLETED, or PLANNED → CANCELLED; nothing leaves COMPLETED or CANCELLED. */
public enum ActivityStatus {
    PLANNED, COMPLETED, CANCELLED
}
