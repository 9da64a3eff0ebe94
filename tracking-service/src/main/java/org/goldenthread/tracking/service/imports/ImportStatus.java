package org.goldenthread.tracking.service.imports;

/** Where an import job is: waiting, being read and applied, or finished one way or the other. */
public enum ImportStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED
}
