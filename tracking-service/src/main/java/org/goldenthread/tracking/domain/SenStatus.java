package org.goldenthread.tracking.domain;

/** Special educational needs provision: none, SEN support, or an education, health and care plan. */
public enum SenStatus {
    NONE, SEN_SUPPORT, EHCP
}
