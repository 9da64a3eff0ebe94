package org.goldenthread.plans.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/** Data of {@code org.goldenthread.plans.plan-status-changed.v1} (contracts/events). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlanStatusChanged(UUID trustId, UUID schoolId, UUID planId, String title, String academicYear,
                                String layer, String previousStatus, String status, String changedBy,
                                String changedAt) {
    public static final String TYPE = "org.goldenthread.plans.plan-status-changed.v1";
}
