package org.goldenthread.plans.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.plans.domain.Objective;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Objective", description = "An objective of a priority with its success criterion, numbered 1a, 1b, …")
public record ObjectiveView(
        UUID id, UUID planId, UUID priorityId,
        @Schema(example = "1a") String number,
        @Schema(example = "Disadvantaged pupils in Year 4 write at the expected standard") String title,
        @Schema(example = "By July 2027 at least 70% of disadvantaged Year 4 pupils are at or above expected in writing") String successCriterion,
        MeasureBody measure,
        String updatedBy, OffsetDateTime updatedAt,
        @Schema(example = "1") long version) {

    public static ObjectiveView of(Objective o) {
        return new ObjectiveView(o.id, o.planId, o.priorityId, o.number, o.title, o.successCriterion,
                MeasureBody.of(o.measure), o.updatedBy, o.updatedAt, o.version);
    }
}
