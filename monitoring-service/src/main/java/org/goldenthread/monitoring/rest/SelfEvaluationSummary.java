package org.goldenthread.monitoring.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A self-evaluation in a list. */
@Schema(name = "SelfEvaluationSummary", description = "A self-evaluation in a list, with its overall figures.")
public record SelfEvaluationSummary(
        UUID id,
        @Schema(example = "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") UUID schoolId,
        @Schema(example = "2026-27") String academicYear,
        @Schema(example = "d0c5f010-2010-4000-8000-000000000001") UUID frameworkId,
        @Schema(example = "Primary self-evaluation and improvement toolkit (2010)") String frameworkTitle,
        SelfEvaluationView.RatingSummary overall,
        String createdBy,
        OffsetDateTime createdAt) {
}
