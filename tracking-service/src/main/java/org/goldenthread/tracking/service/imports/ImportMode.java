package org.goldenthread.tracking.service.imports;

/** ATOMIC (the default): nothing is applied if any row is invalid. PARTIAL: the valid rows are applied. */
public enum ImportMode {
    ATOMIC, PARTIAL
}
