package org.goldenthread.plans.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.plans.domain.Comparator;
import org.goldenthread.plans.domain.MilestoneEvaluation;
import org.goldenthread.plans.domain.MilestoneStatus;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "MilestoneEvaluation", description = "One entry of a milestone's evaluation trail")
public record EvaluationView(
        UUID id, UUID milestoneId,
        MilestoneStatus previousStatus,
        @Schema(description = "The status shown after this evaluation") MilestoneStatus status,
        @Schema(description = "What the measure said") MilestoneStatus measureStatus,
        @Schema(example = "67.9") BigDecimal observedValue,
        @Schema(example = "65") BigDecimal target,
        Comparator comparator,
        @Schema(example = "MET: 67.9% of disadvantaged pupils in Year 4 (28) at or above expected in writing, spring 2026-27, target ≥ 65%") String explanation,
        UUID sourceEventId, String sourceEventType,
        @Schema(description = "true when a reviewer set the status by hand") boolean manualOverride,
        String reason,
        @Schema(description = "A user id, or system", example = "system") String evaluatedBy,
        OffsetDateTime evaluatedAt) {

    public static EvaluationView of(MilestoneEvaluation e) {
        return new EvaluationView(e.id, e.milestoneId, e.previousStatus, e.status, e.measureStatus,
                Numbers.plain(e.observedValue),
                Numbers.plain(e.target), e.comparator, e.explanation, e.sourceEventId,
                e.sourceEventType, e.manualOverride, e.reason, e.evaluatedBy, e.evaluatedAt);
    }
}
