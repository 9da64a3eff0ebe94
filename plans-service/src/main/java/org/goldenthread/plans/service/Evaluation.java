package org.goldenthread.plans.service;

import org.goldenthread.plans.domain.Comparator;
import org.goldenthread.plans.domain.MilestoneStatus;

import java.math.BigDecimal;
import java.util.UUID;

/** What the measure says about a milestone, and why, in one line a person can read. */
public record Evaluation(MilestoneStatus status, BigDecimal observedValue, BigDecimal target, Comparator comparator,
                         String explanation, UUID sourceEventId, String sourceEventType) {
}
