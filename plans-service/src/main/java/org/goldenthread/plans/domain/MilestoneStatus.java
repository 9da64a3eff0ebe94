package org.goldenthread.plans.domain;

/**
 * A milestone's status and its RAG: before the due term the evidence says ON_TRACK or AT_RISK, at
 * or after it MET or NOT_MET; NOT_DUE until there is any evidence.
 */
public enum MilestoneStatus {
    NOT_DUE(Rag.NONE), ON_TRACK(Rag.GREEN), AT_RISK(Rag.AMBER), MET(Rag.GREEN), NOT_MET(Rag.RED);

    private final Rag rag;

    MilestoneStatus(Rag rag) {
        this.rag = rag;
    }

    public Rag rag() {
        return rag;
    }
}
