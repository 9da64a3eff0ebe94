package org.goldenthread.gateway.domain;

/** Roles a person can hold (DESIGN.md): a trust leader sees the whole trust, the others their schools. */
public enum UserRole {
    TRUST_LEADER,
    SCHOOL_LEADER,
    SUBJECT_LEADER,
    TEACHER,
    GOVERNOR
}
