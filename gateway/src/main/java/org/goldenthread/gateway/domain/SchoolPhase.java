package org.goldenthread.gateway.domain;

/** Phase of education, as GIAS groups schools. */
public enum SchoolPhase {
    NURSERY,
    PRIMARY,
    MIDDLE,
    SECONDARY,
    ALL_THROUGH,
    SIXTEEN_PLUS,
    SPECIAL,
    ALTERNATIVE_PROVISION
}
