package org.goldenthread.monitoring.domain;

/** Where an evidence item's content is kept; recorded per item, so a change of setting never loses files. */
public enum EvidenceStorage {
    DATABASE, DIRECTORY
}
