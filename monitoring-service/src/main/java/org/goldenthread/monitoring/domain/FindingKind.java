package org.goldenthread.monitoring.domain;

/** What a finding says about practice. */
public enum FindingKind {
    STRENGTH, AREA_FOR_DEVELOPMENT
}
