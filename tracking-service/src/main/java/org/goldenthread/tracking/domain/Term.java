package org.goldenthread.tracking.domain;

/** The three terms of the English school year, in order. */
public enum Term {
    AUTUMN, SPRING, SUMMER
}
