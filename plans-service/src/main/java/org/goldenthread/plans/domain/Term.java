package org.goldenthread.plans.domain;

/** The three terms of the school year, in order. */
public enum Term {
    AUTUMN, SPRING, SUMMER;

    public String words() {
        return name().toLowerCase();
    }
}
