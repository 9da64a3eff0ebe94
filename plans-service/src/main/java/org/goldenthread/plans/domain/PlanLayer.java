package org.goldenthread.plans.domain;

/**
 * Where a plan sits: layer 1 is the whole-school (or trust) strategic plan; layer 2 plans for a
 * subject, an aspect or a key stage support layer-1 priorities (Oxfordshire guidance 2015).
 */
public enum PlanLayer {
    STRATEGIC, SUBJECT, ASPECT, KEY_STAGE;

    public boolean isLayerTwo() {
        return this != STRATEGIC;
    }
}
