package org.goldenthread.plans.domain;

/** Where an action has got to. Completed and cancelled actions are never due or overdue. */
public enum ActionStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED, CANCELLED;

    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
