package org.goldenthread.plans.domain;

/** A plan's life: drafted, approved by a leader, put into action, closed at the end of the year. */
public enum PlanStatus {
    DRAFT, APPROVED, ACTIVE, CLOSED
}
