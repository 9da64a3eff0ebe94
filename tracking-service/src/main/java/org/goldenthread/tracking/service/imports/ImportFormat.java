package org.goldenthread.tracking.service.imports;

/** How an import's body is written. */
public enum ImportFormat {
    CSV, JSON
}
