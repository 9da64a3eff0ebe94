package org.goldenthread.monitoring.domain;

/** What a piece of evidence is. */
public enum EvidenceKind {
    /** A sample of pupils' work (a scanned page, a photograph of a book). */
    WORK_SAMPLE,
    /** The monitor's notes. */
    NOTE,
    /** What pupils said, e.g. pupil conferencing notes (no pupil names). */
    PUPIL_VOICE,
    /** A policy, plan, minutes or other document. */
    DOCUMENT,
    /** A photograph of a display, a classroom or an activity. */
    PHOTOGRAPH
}
