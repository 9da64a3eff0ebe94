package org.goldenthread.monitoring.domain;

/** How an earlier finding has moved when a later activity follows it up (NCETM case study C). */
public enum FollowUpOutcome {
    IMPROVED, PARTLY_IMPROVED, REMAINS_A_KEY_ISSUE
}
