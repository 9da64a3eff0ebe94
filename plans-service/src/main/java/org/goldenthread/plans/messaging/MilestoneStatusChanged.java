package org.goldenthread.plans.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.UUID;

/** Data of {@code org.goldenthread.plans.milestone-status-changed.v1} (contracts/events). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MilestoneStatusChanged(UUID trustId, UUID schoolId, UUID planId, UUID priorityId, UUID milestoneId,
                                     String number, String title, String academicYear, String term,
                                     String measureType, String previousStatus, String status,
                                     BigDecimal observedValue, BigDecimal target, String comparator,
                                     String explanation, UUID sourceEventId, String sourceEventType,
                                     boolean manualOverride, String reason, String changedBy, String changedAt) {
    public static final String TYPE = "org.goldenthread.plans.milestone-status-changed.v1";
}
