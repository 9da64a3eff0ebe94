package org.goldenthread.plans.domain;

/** Red, amber, green; NONE when there is nothing to rate yet. Ordered from best to worst after NONE. */
public enum Rag {
    NONE, GREEN, AMBER, RED;

    /** The worse of two ratings; NONE counts as no rating at all. */
    public Rag worst(Rag other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
