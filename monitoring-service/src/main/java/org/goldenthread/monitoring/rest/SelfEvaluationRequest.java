package org.goldenthread.monitoring.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** Starts a school's self-evaluation for a year against a framework. */
@Schema(name = "SelfEvaluationRequest", description = "Starts a school's self-evaluation for an academic year against a framework; every standard starts unrated.")
public record SelfEvaluationRequest(
        @NotNull @Schema(example = "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", required = true) UUID schoolId,
        @NotNull @Pattern(regexp = "^[0-9]{4}-[0-9]{2}$", message = "must be an academic year such as 2026-27")
        @Schema(example = "2026-27", required = true) String academicYear,
        @NotNull @Schema(description = "The framework; the built-in toolkit is d0c5f010-2010-4000-8000-000000000001",
                example = "d0c5f010-2010-4000-8000-000000000001", required = true) UUID frameworkId) {
}
